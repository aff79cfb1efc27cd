package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.RecordingChannel;
import app.tandem.support.TestCouple;
import app.tandem.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The outbox reaches the partner outside the app: grouped, content-free by default, retried
 * with back-off, never lost when a node dies mid-send, and never holding up the action.
 */
class DeliveryTest extends IntegrationTest {

    private static final Duration WINDOW = Duration.ofMinutes(3);

    @Test
    void aBurstOfEventsBecomesOneContentFreeEmailAndOnePush() throws Exception {
        TestCouple couple = aCouple();
        for (String bid : List.of("A walk at six?", "Look at this sunset", "Tea on the balcony?")) {
            assertThat(bid(couple, bid)).isEqualTo(201);
        }
        deliverNow();
        assertThat(TestMail.to(couple.kai().email())).as("the grouping window is still open").isEmpty();

        clock.advance(WINDOW.plusSeconds(1));
        deliverNow();

        List<MimeMessage> mails = TestMail.to(couple.kai().email());
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        String body = mail.getContent().toString();
        assertThat(mail.getSubject()).isEqualTo("Robin is waiting for you in Tandem");
        assertThat(body).contains("/inbox", "/settings/notifications", "/unsubscribe/")
                .doesNotContain("walk", "sunset", "Tea", "bid");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<http://localhost:\\d+/unsubscribe/\\d+\\.[\\w-]+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(RecordingChannel.to(couple.kai().id())).singleElement()
                .satisfies(push -> assertThat(push.entries()).hasSize(3));
        assertThat(TestMail.to(couple.robin().email())).as("the one who acted hears nothing").isEmpty();

        deliverNow();
        assertThat(TestMail.to(couple.kai().email())).as("sent once").hasSize(1);
    }

    @Test
    void aPartnerWhoOptsInReadsWhatHappenedInTheWordsWritten() throws Exception {
        TestCouple couple = aCouple();
        assertThat(api().put("/api/v1/preferences", couple.kai().token(), Map.of("includeText", "true")).status())
                .isEqualTo(200);
        bid(couple, "A walk at six? <b>🌇</b>");
        long need = couple.needIn(app.tandem.need.NeedStatus.SENT).id();

        clock.advance(WINDOW.plusSeconds(1));
        deliverNow();

        String body = TestMail.to(couple.kai().email()).get(0).getContent().toString();
        assertThat(body).contains("Robin made a bid for connection: http://localhost:", "\u201cA walk at six? <b>🌇</b>\u201d",
                "/needs/" + need, "\u201cI feel tired because the week has been long, and I need you to cook on Thursday\u201d");
        assertThat(TestMail.to(couple.kai().email())).as("still one e-mail").hasSize(1);
    }

    @Test
    void whatWasSeenInTheAppBeforeTheWindowClosedIsNotSentAgain() {
        TestCouple couple = aCouple();
        bid(couple, "A walk at six?");
        api().post("/api/v1/inbox/read", couple.kai().token(), Map.of());

        clock.advance(WINDOW.plusSeconds(1));
        deliverNow();

        assertThat(TestMail.to(couple.kai().email())).isEmpty();
        assertThat(RecordingChannel.to(couple.kai().id())).isEmpty();
    }

    @Test
    void aFailingChannelIsRetriedWithBackOffAndNeverBlocksTheAction() {
        TestCouple couple = aCouple();
        RecordingChannel.failNext(couple.kai().id(), 2);
        assertThat(bid(couple, "A walk at six?")).as("the action does not wait for delivery").isEqualTo(201);

        clock.advance(WINDOW.plusSeconds(1));
        deliverNow();
        assertThat(attempts(couple.kai().id())).isEqualTo(1);
        deliverNow();
        assertThat(attempts(couple.kai().id())).as("waits its back-off").isEqualTo(1);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        deliverNow();
        assertThat(attempts(couple.kai().id())).isEqualTo(2);
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        deliverNow();

        assertThat(RecordingChannel.to(couple.kai().id())).hasSize(1);
        assertThat(TestMail.to(couple.kai().email())).as("e-mail did not wait for push").hasSize(1);
        assertThat(api().get("/api/v1/inbox", couple.kai().token()).body().get("unread").asInt()).isEqualTo(1);
    }

    @Test
    void aNodeThatDiesMidSendLosesNothing() throws Exception {
        TestCouple couple = aCouple();
        bid(couple, "A walk at six?");
        clock.advance(WINDOW.plusSeconds(1));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RecordingChannel.hangNext(couple.kai().id(), sending, release);

        CompletableFuture<Void> dying = CompletableFuture.runAsync(this::deliverNow);
        assertThat(sending.await(10, TimeUnit.SECONDS)).as("the push is being sent").isTrue();
        // The node's database session ends, as when its process dies: PostgreSQL drops its locks.
        int ended = jdbc.sql("select count(pg_terminate_backend(pid)) from pg_locks where locktype = 'advisory' "
                + "and granted and pid <> pg_backend_pid()").query(Integer.class).single();
        assertThat(ended).isEqualTo(1);
        release.countDown();
        try {
            dying.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // the dead node's round fails; nothing it did was kept
        }

        deliverNow();

        assertThat(RecordingChannel.to(couple.kai().id())).as("the next node delivers it, once").hasSize(1);
        assertThat(attempts(couple.kai().id())).isEqualTo(1);
    }

    private int bid(TestCouple couple, String text) {
        return api().post("/api/v1/bids", couple.robin().token(), Map.of("text", text)).status();
    }

    private int attempts(long recipientId) {
        return jdbc.sql("select attempts from delivery where recipient_id = ? and channel = 'PUSH'")
                .param(recipientId).query(Integer.class).single();
    }
}
