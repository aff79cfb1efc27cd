package app.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The catalogues keep step: every key of the English source is translated, no translation
 * outlives its key, and each message takes the same arguments ({0}, {1}) in every language,
 * with apostrophes doubled as MessageFormat wants. A new language is one more entry in
 * {@link #TRANSLATIONS}.
 */
class MessageCataloguesTest {

    static final List<String> TRANSLATIONS = List.of("de");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** A lone apostrophe starts a quoted part in MessageFormat and swallows the {0} after it. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static Map<String, String> catalogue(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageCataloguesTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            assertThat(in).as("i18n/messages%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((k, v) -> messages.put((String) k, (String) v));
        return messages;
    }

    private static Set<Integer> arguments(String message) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(message);
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        return indices;
    }

    @Test
    void everyLanguageHasEveryKeyAndNoOther() throws IOException {
        Set<String> english = catalogue("").keySet();
        for (String language : TRANSLATIONS) {
            Set<String> translated = catalogue("_" + language).keySet();
            assertThat(new TreeSet<>(translated)).as("keys of messages_%s.properties", language)
                    .containsExactlyElementsOf(new TreeSet<>(english));
        }
    }

    /**
     * The words that read the same in German as in English, on purpose: arguments only, a
     * code, and words German shares ("Name", "Check-in", "Plan"). Anything else equal to the
     * English is a line not yet translated.
     */
    private static final Set<String> SAME_IN_GERMAN = Set.of("account.name", "kernel.text.characters",
            "home.bids.by", "bubble.join.codeExample", "load.balance.weekOf", "load.item.name",
            "need.when.anchored.thatDay", "practice.checkIns.title", "practice.practice.own.optional",
            "plan.calendar.event.titled");

    @Test
    void everyMessageIsTranslatedNotCopied() throws IOException {
        Map<String, String> english = catalogue("");
        List<String> copied = new ArrayList<>();
        catalogue("_de").forEach((key, message) -> {
            if (message.equals(english.get(key)) && !SAME_IN_GERMAN.contains(key)) {
                copied.add(key + "=" + message);
            }
        });
        assertThat(copied).as("messages_de.properties lines that are still the English").isEmpty();
    }

    @Test
    void everyTranslationTakesTheSameArguments() throws IOException {
        Map<String, String> english = catalogue("");
        for (String language : TRANSLATIONS) {
            List<String> differ = new ArrayList<>();
            catalogue("_" + language).forEach((key, message) -> {
                if (english.containsKey(key) && !arguments(message).equals(arguments(english.get(key)))) {
                    differ.add(key + ": " + arguments(english.get(key)) + " in English, " + arguments(message));
                }
            });
            assertThat(differ).as("arguments in messages_%s.properties", language).isEmpty();
        }
    }

    @Test
    void everyMessageIsAWellFormedPatternWithItsApostrophesDoubled() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String suffix : List.of("", "_de")) {
            catalogue(suffix).forEach((key, message) -> {
                if (LONE_APOSTROPHE.matcher(message).find()) {
                    wrong.add("messages" + suffix + ": " + key + " has a lone apostrophe (write '')");
                }
                try {
                    new MessageFormat(message).format(new Object[] {1, 2, 3, 4});
                } catch (IllegalArgumentException e) {
                    wrong.add("messages" + suffix + ": " + key + ": " + e.getMessage());
                }
                if (message.isBlank()) {
                    wrong.add("messages" + suffix + ": " + key + " is empty");
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    /** The inbox, e-mails and the preferences page say every kind and topic from the catalogue. */
    @Test
    void everyNotificationKindAndTopicHasItsWords() throws IOException {
        Map<String, String> english = catalogue("");
        for (var kind : app.tandem.notification.NotificationKind.values()) {
            assertThat(english).containsKey("notification.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (var topic : app.tandem.notification.Topic.values()) {
            assertThat(english).containsKey("preferences.topic." + topic.wireName());
        }
    }

    @Test
    void keysAreNamedByModuleAndPlace() throws IOException {
        assertThat(catalogue("").keySet()).allMatch(k -> k.matches("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_-]+)+"),
                "module.place.what");
    }
}
