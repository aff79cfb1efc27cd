package app.tandem.kernel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;

/**
 * A list Tandem ships in our own words ({@link ResourceLines}) in each language it speaks:
 * {@code pause/calming.txt} is English, {@code pause/calming_de.txt} German, line for line, so
 * that the n-th suggestion is the same one in every language (a pause shows the same one to
 * both partners, each in their own). A language without its file reads the English.
 */
public final class TranslatedLines {

    private final String path;
    private final Map<String, List<String>> byLanguage = new ConcurrentHashMap<>();

    public TranslatedLines(String path) {
        this.path = path;
        byLanguage.put("", ResourceLines.of(path));
    }

    /** In the language of the request being answered (English outside one). */
    public List<String> current() {
        return in(LocaleContextHolder.getLocaleContext() == null ? Locale.ENGLISH : LocaleContextHolder.getLocale());
    }

    public List<String> in(Locale locale) {
        return byLanguage.computeIfAbsent(locale.getLanguage(), this::load);
    }

    /** The file for the language, e.g. {@code pause/calming_de.txt}, or the English. */
    static String pathFor(String path, String language) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "_" + language + path.substring(dot);
    }

    private List<String> load(String language) {
        String translated = pathFor(path, language);
        return new ClassPathResource(translated).exists() ? ResourceLines.of(translated) : byLanguage.get("");
    }
}
