package app.tandem.support;

import app.tandem.notification.DeliveryChannel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the shared test context changes: a clock tests can move forward, and a cheap Argon2id
 * (one pass over 64 KiB instead of two over 16 MiB) so that each fixture partner costs
 * microseconds, not a tenth of a second. {@code SecurityConfigurationTest} checks the real one.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(CoupleFixtures.class)
class TestSupportConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /** Ahead of the push module's channel, which it forwards to once it has recorded. */
    @Bean
    RecordingChannel testPushChannel(ObjectProvider<DeliveryChannel> channels) {
        return new RecordingChannel(() -> channels.orderedStream()
                .filter(c -> c.channel() == DeliveryChannel.Channel.PUSH && !(c instanceof RecordingChannel))
                .findFirst());
    }

    @Bean
    @Primary
    PasswordEncoder cheapPasswordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 64, 1);
    }
}
