package app.tandem.agreement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The starter commitments, from agreement/starter-commitments.txt. */
@Component
class StarterCommitments {

    private final List<StarterCommitment> all;

    StarterCommitments() {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("agreement/starter-commitments.txt").getInputStream(), StandardCharsets.UTF_8))) {
            all = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\\|", 2))
                    .map(parts -> new StarterCommitment(parts[0].strip(), parts[1].strip()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<StarterCommitment> all() {
        return all;
    }
}
