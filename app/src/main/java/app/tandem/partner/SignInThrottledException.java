package app.tandem.partner;

import app.tandem.kernel.TooManyAttemptsException;
import org.springframework.security.core.AuthenticationException;

/** Carries a throttled sign-in through Spring Security's failure handling. */
final class SignInThrottledException extends AuthenticationException {

    private final transient TooManyAttemptsException cause;

    SignInThrottledException(TooManyAttemptsException cause) {
        super(cause.getMessage());
        this.cause = cause;
    }

    TooManyAttemptsException throttle() {
        return cause;
    }
}
