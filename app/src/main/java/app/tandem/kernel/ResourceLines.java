package app.tandem.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads a text resource of the lists Tandem ships in our own words (starter commitments,
 * phrases, suggestions): one entry a line, blank lines and lines starting with # skipped.
 */
public final class ResourceLines {

    private ResourceLines() {}

    public static List<String> of(String path) {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }
}
