package app.tandem.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.notification.LiveStreams;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A full node answers a new stream with a problem the client can act on, not an error page. */
class LiveEventsFullTest {

    @Test
    void aFullNodeAnswers503WithRetryAfterAsProblemJson() {
        ResponseEntity<ProblemDetail> answer = new LiveEvents(null, null).full(new LiveStreams.StreamsFullException());

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getTitle()).isEqualTo("Live updates are full");
    }
}
