package app.tandem.web;

import app.tandem.coach.Finding;
import app.tandem.coach.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The coach's notes in the reader's language. The coach is a library that reads and writes
 * English only and knows nothing of Spring or catalogues; a finding carries its explanation as
 * English words, not as a key. So the words are looked up in the coach's own texts
 * ({@code lexicon/texts.properties}, read as a resource, not through the coach's internals) to
 * find their key ({@code criticism.absolute}), and the app's catalogue says them under
 * {@code coach.<key>}. Words the coach made up on the spot have no key, and fall back to the
 * label's general explanation.
 */
final class CoachWords {

    private static final String COACH_TEXTS = "app/tandem/coach/lexicon/texts.properties";
    /** The coach's English sentence → its key: read once, a few dozen lines. */
    private static final Map<String, String> KEYS = keys();

    private CoachWords() {}

    static Properties coachTexts() {
        Properties texts = new Properties();
        try (InputStream in = Label.class.getClassLoader().getResourceAsStream(COACH_TEXTS)) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new HashMap<>();
        coachTexts().forEach((k, v) -> {
            if (!((String) k).startsWith("suggest.")) {
                keys.putIfAbsent((String) v, (String) k);
            }
        });
        return keys;
    }

    static String name(Label label) {
        return Text.current().t("coach." + label.wireName() + ".name");
    }

    static String explanation(Finding finding) {
        String key = KEYS.get(finding.explanation());
        return Text.current().t("coach." + (key == null ? finding.label().wireName() + ".explanation" : key));
    }

    static String antidote(Finding finding) {
        String key = KEYS.get(finding.antidote());
        return key == null ? Text.current().t("coach." + finding.label().wireName() + ".antidote")
                : Text.current().t("coach." + key);
    }
}
