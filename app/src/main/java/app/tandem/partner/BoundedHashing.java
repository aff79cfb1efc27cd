package app.tandem.partner;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At most a few password hashes at once. Each Argon2id hash takes 16 MiB of heap for a tenth of
 * a second; fifty sign-ins at the same moment would take 800 MiB and end the JVM (it runs with a
 * fixed heap and exits on OutOfMemoryError). The rest wait their turn, at most a few seconds,
 * and are then answered 503 (busy) rather than crashing the app for everyone.
 */
final class BoundedHashing implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final long waitMillis;

    BoundedHashing(PasswordEncoder delegate, int concurrent, long waitMillis) {
        this.delegate = delegate;
        this.permits = new Semaphore(Math.max(1, concurrent), true);
        this.waitMillis = waitMillis;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        acquire();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        acquire();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private void acquire() {
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new TooBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooBusyException();
        }
    }

    /** Too many password checks at once: answered 503 with Retry-After. */
    static final class TooBusyException extends app.tandem.kernel.BusyException {
        TooBusyException() {
            super("Too many password checks at once");
        }
    }
}
