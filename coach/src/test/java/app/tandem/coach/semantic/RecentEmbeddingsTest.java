package app.tandem.coach.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentEmbeddingsTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final Embedder counting = text -> {
        computed.incrementAndGet();
        return new float[] {text.length()};
    };

    @Test
    void aTextSeenLatelyIsNotEmbeddedAgain() {
        RecentEmbeddings recent = new RecentEmbeddings(counting, 10);

        float[] first = recent.embed("I feel lonely.");
        float[] again = recent.embed("I feel lonely.");

        assertThat(again).isSameAs(first);
        assertThat(computed).hasValue(1);
        assertThat(recent.embed("Something else.")[0]).isEqualTo(15f);
        assertThat(computed).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedGoFirstAndTheSizeIsBounded() {
        RecentEmbeddings recent = new RecentEmbeddings(counting, 2);
        recent.embed("a");
        recent.embed("b");
        recent.embed("a"); // a is now the most recent
        recent.embed("c"); // b goes

        recent.embed("a");
        assertThat(computed).as("a was kept").hasValue(3);
        recent.embed("b");
        assertThat(computed).as("b was dropped").hasValue(4);
        assertThat(recent.size()).isEqualTo(2);
    }
}
