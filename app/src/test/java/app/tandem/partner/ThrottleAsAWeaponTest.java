package app.tandem.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Finding 8: throttling that a stranger cannot turn against a partner, and that concurrent
 * guesses cannot slip past.
 */
class ThrottleAsAWeaponTest extends IntegrationTest {

    @Test
    void aStrangerWhoKnowsTheEmailCannotLockThePartnerOutOfTheirOwnDevice() throws Exception {
        TestPartner robin = aPartner("Robin");
        Cookie device = signInFrom("10.2.0.1", robin.email(), robin.password(), null).getResponse()
                .getCookie(DeviceCookies.NAME);
        assertThat(device).as("a successful sign-in remembers the device").isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        for (int i = 0; i < SignIn.PER_ACCOUNT.attempts() + 2; i++) {
            signInFrom("10.2.0.66", robin.email(), "stranger guess " + i, null);
        }
        assertThat(signInFrom("10.2.0.66", robin.email(), robin.password(), null).getResponse().getStatus())
                .as("the account is locked for strangers").isEqualTo(429);
        assertThat(signInFrom("10.2.0.1", robin.email(), robin.password(), device).getResponse().getStatus())
                .as("the right password from Robin's own device still works").isEqualTo(302);
    }

    @Test
    void aDeviceCookieIsCountedOnItsOwnAndIsWorthlessForAnotherAccountOrAfterAPasswordChange() throws Exception {
        TestPartner robin = aPartner("Robin");
        TestPartner kai = aPartner("Kai");
        Cookie device = signInFrom("10.2.1.1", robin.email(), robin.password(), null).getResponse()
                .getCookie(DeviceCookies.NAME);
        for (int i = 0; i < SignIn.PER_DEVICE.attempts(); i++) {
            signInFrom("10.2.1.1", robin.email(), "my own typo " + i, device);
        }
        assertThat(signInFrom("10.2.1.1", robin.email(), robin.password(), device).getResponse().getStatus())
                .as("guessing from a known device is throttled too").isEqualTo(429);
        assertThat(signInFrom("10.2.1.2", kai.email(), kai.password(), device).getResponse().getStatus())
                .as("Robin's device cookie does nothing for Kai's account").isEqualTo(302);

        Cookie forged = new Cookie(DeviceCookies.NAME, kai.id() + ".AAAAAAAAAAAAAAAA.forged");
        for (int i = 0; i < SignIn.PER_ACCOUNT.attempts(); i++) {
            signInFrom("10.2.1.3", kai.email(), "guess " + i, forged);
        }
        assertThat(signInFrom("10.2.1.3", kai.email(), kai.password(), forged).getResponse().getStatus())
                .as("a forged cookie counts against the account like none").isEqualTo(429);
    }

    @Test
    void concurrentWrongPasswordsAreCountedBeforeTheyAreChecked() throws Exception {
        TestPartner robin = aPartner("Robin");
        int tries = 2 * SignIn.PER_ACCOUNT.attempts();
        ExecutorService pool = Executors.newFixedThreadPool(tries);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < tries; i++) {
                String guess = "concurrent guess " + i;
                guesses.add(() -> api().post("/api/v1/tokens", null,
                        Map.of("email", robin.email(), "password", guess)).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(guesses)) {
                statuses.add(f.get());
            }
            assertThat(statuses.stream().filter(s -> s == 401).count())
                    .as("passwords checked, of " + tries + " concurrent guesses: " + statuses)
                    .isEqualTo(SignIn.PER_ACCOUNT.attempts());
            assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(SignIn.PER_ACCOUNT.attempts());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownAccountsAreLimitedPerAddressAndAForwardedForHeaderIsNotTrustedByDefault() throws Exception {
        for (int i = 0; i < SignIn.PER_ADDRESS.attempts(); i++) {
            mvc.perform(post("/sign-in").with(csrf()).with(from("10.2.2.1"))
                    .header("X-Forwarded-For", "203.0.113." + i)
                    .param("email", "nobody" + i + "@example.org").param("password", "spray"));
        }
        var blocked = mvc.perform(post("/sign-in").with(csrf()).with(from("10.2.2.1"))
                .header("X-Forwarded-For", "198.51.100.7")
                .param("email", "someone-else@example.org").param("password", "spray")).andReturn();
        assertThat(blocked.getResponse().getStatus()).as("a made-up X-Forwarded-For is no way around it").isEqualTo(429);
    }

    @Test
    void theTokenApiRemembersTheDeviceToo() {
        TestPartner robin = aPartner("Robin");
        Response token = api().post("/api/v1/tokens", null, Map.of("email", robin.email(), "password", robin.password()));
        assertThat(token.status()).isEqualTo(201);
        assertThat(token.raw().headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(DeviceCookies.NAME + "="));
    }

    private MvcResult signInFrom(String address, String email, String password, Cookie device) throws Exception {
        var request = post("/sign-in").with(csrf()).with(from(address)).param("email", email).param("password", password);
        if (device != null) {
            request.cookie(device);
        }
        return mvc.perform(request).andReturn();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
