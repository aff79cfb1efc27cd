package app.tandem.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.Response;
import app.tandem.support.TestApi.TestPartner;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CoachApiTest extends IntegrationTest {

    @Test
    void aSignedInPartnerGetsTheReviewWithFindingsAndASuggestion(CapturedOutput output) {
        TestPartner robin = aPartner("Robin");
        String text = "You never help with the kids. I need you to be more present.";

        Response review = api().post("/api/v1/coach", robin.token(), Map.of("kind", "need", "text", text));

        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body().get("labels").valueStream().map(l -> l.asString()))
                .contains("criticism", "vague_request");
        var finding = review.body().get("findings").get(0);
        int start = finding.get("start").asInt();
        int end = finding.get("end").asInt();
        assertThat(text.substring(start, end)).isEqualTo(finding.get("trigger").asString());
        assertThat(finding.get("explanation").asString()).isNotBlank();
        assertThat(finding.get("antidote").asString()).isNotBlank();
        assertThat(finding.get("layer").asString()).as("the app runs the rules alone by default").isEqualTo("rules");
        assertThat(review.body().get("suggestion").asString()).isNotBlank();
        assertThat(output.getAll()).doesNotContain("help with the kids");
    }

    @Test
    void aCleanTextGetsNoLabels() {
        TestPartner robin = aPartner("Robin");

        Response review = api().post("/api/v1/coach", robin.token(), Map.of("kind", "reply",
                "text", "Yes, I can pick up the kids on Thursday."));

        assertThat(review.body().get("labels").size()).isZero();
    }

    @Test
    void onlySignedInPartnersMayAsk() {
        assertThat(api().post("/api/v1/coach", null, Map.of("kind", "need", "text", "hello")).status()).isEqualTo(401);
    }

    @Test
    void badInputGetsAClearMessage() {
        TestPartner robin = aPartner("Robin");

        Response badKind = api().post("/api/v1/coach", robin.token(), Map.of("kind", "poem", "text", "hello"));
        Response empty = api().post("/api/v1/coach", robin.token(), Map.of("kind", "need", "text", " "));
        Response huge = api().post("/api/v1/coach", robin.token(), Map.of("kind", "need", "text", "a".repeat(10_001)));

        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body().get("errors").get("kind").asString()).contains("need");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(huge.status()).isEqualTo(400);
    }
}
