package app.tandem.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.support.IntegrationTest;
import com.interaso.webpush.VapidKeys;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The server's VAPID keys: from the environment when given, else made once and shared by every node. */
class PushKeysTest extends IntegrationTest {

    @Autowired
    private VapidKeyStore store;
    @Autowired
    private PushKeys running;

    @Test
    void theRunningServerSignsWithTheKeyPairKeptInTheDatabase() {
        assertThat(store.stored().orElseThrow().publicKey()).isEqualTo(running.publicKey());
    }

    @Test
    void keysGivenByTheEnvironmentAreUsedAsTheyAre() {
        VapidKeyStore.Stored given = PushKeys.stored(VapidKeys.generate());

        PushKeys keys = new PushKeys(store, given.publicKey(), given.privateKey(), "", "");

        assertThat(keys.publicKey()).isEqualTo(given.publicKey()).isNotEqualTo(running.publicKey());
        assertThat(PushKeys.stored(keys.vapidKeys()).privateKey()).isEqualTo(given.privateKey());
    }

    @Test
    void halfAKeyPairIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> new PushKeys(store, running.publicKey(), "", "", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TANDEM_PUSH_PRIVATE_KEY");
    }

    @Test
    void twoNodesStartingAtOnceOnAnEmptyDatabaseAgreeOnOneKeyPair() throws Exception {
        VapidKeyStore.Stored original = store.stored().orElseThrow();
        jdbc.sql("delete from push_vapid_key").update();
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<String>> nodes = List.of(startNode(together), startNode(together));

            assertThat(nodes.get(0).get()).isEqualTo(nodes.get(1).get());
            assertThat(jdbc.sql("select count(*) from push_vapid_key").query(Long.class).single()).isOne();
        } finally {
            jdbc.sql("delete from push_vapid_key").update();
            store.keepFirst(original);
        }
    }

    @Test
    void theSubjectIsTheConfiguredOneOrTheServersHttpsAddress() {
        assertThat(new PushKeys(store, "", "", "mailto:ops@example.org", "https://tandem.example").subject())
                .isEqualTo("mailto:ops@example.org");
        assertThat(new PushKeys(store, "", "", "", "https://tandem.example").subject())
                .isEqualTo("https://tandem.example");
        assertThat(new PushKeys(store, "", "", "", "http://localhost:8080").subject()).startsWith("mailto:");
    }

    private CompletableFuture<String> startNode(CyclicBarrier together) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return new PushKeys(store, "", "", "", "").publicKey();
        });
    }
}
