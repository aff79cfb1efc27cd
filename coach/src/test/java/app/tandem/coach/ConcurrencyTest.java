package app.tandem.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One coach is shared by every request of the app: parallel reviews equal sequential ones. */
class ConcurrencyTest {

    @Test
    void sharedCoachGivesTheSameReviewsFromManyThreads() throws Exception {
        // A hundred texts: with the model, four threads of all 230 cost a minute on two cores.
        List<LabelledSet.Item> items = LabelledSet.read(java.nio.file.Path.of("src/test/resources/cases.jsonl")).items().subList(0, 100);
        Coach coach = Coach.standard();
        List<Review> expected = new ArrayList<>();
        for (LabelledSet.Item item : items) {
            expected.add(coach.review(item.kind(), item.text()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Review>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<Review> got = new ArrayList<>();
                    for (LabelledSet.Item item : items) {
                        got.add(coach.review(item.kind(), item.text()));
                    }
                    return got;
                }));
            }
            for (Future<List<Review>> run : runs) {
                assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
