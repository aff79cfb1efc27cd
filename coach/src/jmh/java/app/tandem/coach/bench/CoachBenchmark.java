package app.tandem.coach.bench;

import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import app.tandem.coach.Review;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-threaded throughput of {@link Coach#review} on 1–3-sentence texts, a mix of clean
 * and flagged needs and replies (flagged ones also build and re-check a suggestion), for
 * both layers ({@code layers=both}, {@link Coach#embeddingEveryText()}: the cost of a text not
 * seen lately) and for the rules alone
 * ({@code layers=rules}, {@link Coach#rulesOnly()}). {@link #reviewMixLatency} samples the
 * time of single reviews for percentiles (p99). Run with {@code -prof gc} to see the
 * allocation per review (gc.alloc.rate.norm, B/op); run under {@code taskset -c 0} to hold
 * the model's ONNX threads to one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class CoachBenchmark {

    static final String[][] TEXTS = {
            {"need", "I feel worn down because I've done bedtime alone all week. I need you to do bedtime on Tuesday and Thursday."},
            {"need", "You never help with the kids. I need you to do bath time."},
            {"need", "I feel lonely in the evenings since your shifts changed. I need us to have a video call on your break."},
            {"need", "I feel dismissed when I share my ideas at dinner. I need you to ask me one question about them."},
            {"need", "I need you to stop at the bakery for the birthday cake on Friday."},
            {"need", "I feel anxious at night. I need you to stop staying up so late."},
            {"need", "I feel distant and I need you to be more present."},
            {"need", "I cooked, cleaned and drove everyone around all week, so I deserve you taking the kids tomorrow."},
            {"need", "Can you grab the dry cleaning on your way back? I'm stuck at work."},
            {"need", "You're so good with my grandmother. I need you to come with me to visit her on Sunday."},
            {"reply", "Yes, I'll do bath time tonight and Thursday."},
            {"reply", "Yeah, but I already made plans with the guys."},
            {"reply", "I can't leave work at three, but I can ask my sister to get them. Is that okay?"},
            {"reply", "It's not my fault you didn't remind me."},
            {"reply", "Whatever, do what you like."},
            {"reply", "I need a short break to cool down, then let's talk again at nine."},
    };

    @Param({"both", "rules"})
    public String layers;

    private Coach coach;
    private Kind[] kinds;
    private String[] texts;
    private int next;

    @Setup
    public void setUp() {
        // Sixteen texts would all be remembered by the standard coach: embed each one afresh.
        coach = layers.equals("rules") ? Coach.rulesOnly() : Coach.embeddingEveryText();
        kinds = new Kind[TEXTS.length];
        texts = new String[TEXTS.length];
        for (int i = 0; i < TEXTS.length; i++) {
            kinds[i] = Kind.parse(TEXTS[i][0]);
            texts[i] = TEXTS[i][1];
        }
    }

    /** One review per call, cycling through the mix. */
    @Benchmark
    public Review reviewMix() {
        int i = next;
        next = i + 1 == texts.length ? 0 : i + 1;
        return coach.review(kinds[i], texts[i]);
    }

    /** The same mix, each call's time sampled: p50, p99 and p99.9 per review. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Review reviewMixLatency() {
        return reviewMix();
    }

    /** Clean texts only: the common case in the app. */
    @Benchmark
    public Review reviewClean() {
        return coach.review(Kind.NEED, TEXTS[0][1]);
    }
}
