package app.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.kernel.TranslatedLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every phrase a rule says ({@code Phrase.of("need.error.when")}) names a key both catalogues
 * hold, and a key built from a prefix ({@code Phrase.of("need.status." + …)}) has keys under
 * that prefix: a missing key would only show when a partner met that very rule. The lists in
 * our own words have their translations line for line.
 */
class PhraseKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A phrase's first argument: one or two literal keys (a condition), or a literal prefix joined to more. */
    private static final Pattern PHRASE = Pattern.compile("Phrase\\.of\\(([^;]*?)(?:,|\\)\\s*[;,)])");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_-]*(?:\\.[a-z0-9_-]+)*\\.?)\"(\\s*\\+)?");

    @Test
    void everyPhraseInTheCodeHasItsKeyInEveryLanguage() throws IOException {
        Map<String, String> english = MessageCataloguesTest.catalogue("");
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (String[] key : keysInTheCode()) {
            seen++;
            String name = key[1];
            boolean prefix = key[0].equals("prefix");
            boolean known = prefix ? english.keySet().stream().anyMatch(k -> k.startsWith(name)) : english.containsKey(name);
            if (!known) {
                missing.add(key[2] + ": " + name + (prefix ? "…" : ""));
            }
        }
        assertThat(seen).as("phrases found in the code").isGreaterThan(150);
        assertThat(missing).as("phrases without a key in messages.properties").isEmpty();
    }

    private static List<String[]> keysInTheCode() throws IOException {
        List<String[]> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                Matcher phrase = PHRASE.matcher(source);
                while (phrase.find()) {
                    Matcher literal = LITERAL.matcher(phrase.group(1));
                    while (literal.find()) {
                        String kind = literal.group(2) != null ? "prefix" : "key";
                        keys.add(new String[] {kind, literal.group(1), SOURCES.relativize(file).toString()});
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void theListsInOurOwnWordsAreTranslatedLineForLine() {
        for (String list : List.of("pause/calming.txt", "agreement/starter-commitments.txt")) {
            TranslatedLines lines = new TranslatedLines(list);
            for (String language : MessageCataloguesTest.TRANSLATIONS) {
                List<String> translated = lines.in(Locale.forLanguageTag(language));
                assertThat(translated).as("%s in %s", list, language).hasSameSizeAs(lines.in(Locale.ENGLISH))
                        .doesNotContainAnyElementsOf(lines.in(Locale.ENGLISH));
            }
        }
    }
}
