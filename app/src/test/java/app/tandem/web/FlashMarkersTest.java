package app.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action that redirects with a marker ({@code redirect:/practice?small-ask-sent}) is
 * confirmed by it: the marker is a {@link Flash}, so the page says what just happened, in the
 * partner's language and to a screen reader. A marker no Flash knows shows nothing, and one
 * shared by two actions says the wrong thing ("Your need is sent" after an appreciation).
 */
class FlashMarkersTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern MARKER = Pattern.compile("(?:redirect:[^\"]*|\")\\?([a-z][a-z-]*)\"");
    /** The account page answers these itself, beside the form that was sent. */
    private static final Set<String> ANSWERED_BY_THEIR_PAGE = Set.of("renamed", "changed");

    @Test
    void everyMarkerAnActionRedirectsWithIsAConfirmation() throws IOException {
        List<String> unknown = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = MARKER.matcher(Files.readString(file));
                while (m.find()) {
                    seen++;
                    String marker = m.group(1);
                    if (Flash.among(Set.of(marker)).isEmpty() && !ANSWERED_BY_THEIR_PAGE.contains(marker)) {
                        unknown.add(SOURCES.relativize(file) + ": ?" + marker);
                    }
                }
            }
        }
        assertThat(seen).as("markers found").isGreaterThan(40);
        assertThat(unknown).as("markers no Flash confirms").isEmpty();
    }

    @Test
    void practiceActionsSayWhatHappened() {
        assertThat(Flash.among(Set.of("appreciation-sent")).orElseThrow().message()).isEqualTo("Your appreciation is sent.");
        assertThat(Flash.among(Set.of("small-ask-sent")).orElseThrow().message()).contains("small ask is sent");
    }
}
