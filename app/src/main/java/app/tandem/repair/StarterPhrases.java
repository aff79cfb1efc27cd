package app.tandem.repair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Starter phrases for repair attempts (repair/starter-phrases.txt), by field. */
@Component
public class StarterPhrases {

    private final Map<String, List<String>> byField;

    StarterPhrases() {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("repair/starter-phrases.txt").getInputStream(), StandardCharsets.UTF_8))) {
            byField = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\\|", 2))
                    .collect(Collectors.groupingBy(p -> p[0].strip(), java.util.LinkedHashMap::new,
                            Collectors.mapping(p -> p[1].strip(), Collectors.toList())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Phrases for "acknowledge", "apologise" or "willDo". */
    public List<String> forField(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public Map<String, List<String>> all() {
        return byField;
    }
}
