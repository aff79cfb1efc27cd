package app.tandem.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The real password hash, outside the shared test context (which swaps in a cheap Argon2id so
 * that fixtures cost microseconds): Argon2id with 16 MiB and two passes.
 */
class SecurityConfigurationTest {

    @Test
    void passwordsAreHashedWithArgon2idAtSixteenMebibytesAndTwoPasses() {
        PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder(1);

        String hash = encoder.encode("a long walk on the beach");

        assertThat(hash).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(encoder.matches("a long walk on the beach", hash)).isTrue();
        assertThat(encoder.matches("a short walk", hash)).isFalse();
    }
}
