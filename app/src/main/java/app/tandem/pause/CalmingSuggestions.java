package app.tandem.pause;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Ways to calm down during a pause, from pause/calming.txt. */
@Component
public class CalmingSuggestions {

    private final List<String> all;

    CalmingSuggestions() {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("pause/calming.txt").getInputStream(), StandardCharsets.UTF_8))) {
            all = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same pause always shows the same suggestion; successive pauses vary. */
    public String forPause(long pauseId) {
        return all.get((int) Math.floorMod(pauseId, (long) all.size()));
    }
}
