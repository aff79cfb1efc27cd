package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A node holds only so many open streams, and a stream that ended frees its place. */
class LiveStreamsTest {

    private final LiveStreams streams = new LiveStreams(2);

    @AfterEach
    void close() {
        streams.destroy();
    }

    @Test
    void pastTheLimitAStreamIsRefusedAndTheOpenOnesStay() {
        streams.open(1);
        streams.open(2);

        assertThatThrownBy(() -> streams.open(1)).isInstanceOf(LiveStreams.StreamsFullException.class);
        assertThat(streams.open()).isEqualTo(2);
    }

    @Test
    void aStreamThatEndedFreesItsPlaceOnce() {
        SseEmitter ended = streams.open(1);
        streams.open(1);
        ended.complete();

        streams.changed(1); // the send to the ended stream fails: it is counted out
        streams.changed(1); // and not counted out again

        assertThat(streams.open()).isEqualTo(1);
        streams.open(2);
        assertThat(streams.open()).isEqualTo(2);
        assertThatThrownBy(() -> streams.open(3)).isInstanceOf(LiveStreams.StreamsFullException.class);
    }
}
