package app.tandem.push;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.kernel.InvalidInputException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server posts only to the browsers' push services, over https: no partner can point it elsewhere. */
class PushEndpointsTest {

    private final PushEndpoints defaults = new PushEndpoints(List.of("fcm.googleapis.com", "android.googleapis.com",
            "*.push.services.mozilla.com", "*.push.apple.com", "*.notify.windows.com"), false);

    @ParameterizedTest
    @ValueSource(strings = {"https://fcm.googleapis.com/fcm/send/abc", "https://updates.push.services.mozilla.com/wpush/v2/x",
            "https://web.push.apple.com/QGx", "https://wns2-db5p.notify.windows.com/w/?token=x"})
    void theBrowsersPushServicesAreAllowed(String endpoint) {
        assertThatCode(() -> defaults.check(endpoint)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://fcm.googleapis.com/fcm/send/abc", "https://fcm.googleapis.com.evil.example/x",
            "https://169.254.169.254/latest/meta-data", "https://localhost/push", "https://xpush.apple.com/x",
            "https://push.apple.com.example/x"})
    void anyOtherAddressIsRefused(String endpoint) {
        assertThatThrownBy(() -> defaults.check(endpoint)).isInstanceOf(InvalidInputException.class);
    }
}
