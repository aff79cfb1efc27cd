package app.tandem.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Words for a partner that are put into their language only when they are shown: a key of the
 * message catalogues ({@code i18n/messages*.properties}) and its arguments, which may be phrases
 * themselves ("{0} is empty", with {0} "Your feeling"). A rule deep in a feature says what is
 * wrong without knowing who will read it; the page or the API answer, running in the reader's
 * request, says it in the reader's language. Outside a request it reads in English.
 */
public final class Phrase implements MessageSourceResolvable {

    /** Set once when the catalogues are made; a rule has no bean to ask. */
    private static volatile MessageSource catalogue;

    private final String key;
    private final Object[] args;

    private Phrase(String key, Object[] args) {
        this.key = key;
        this.args = args.clone();
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, args);
    }

    public static void use(MessageSource messages) {
        catalogue = messages;
    }

    /** In the language of the request being answered (English outside one). */
    public String say() {
        return in(LocaleContextHolder.getLocaleContext() == null ? Locale.ENGLISH : LocaleContextHolder.getLocale());
    }

    public String in(Locale locale) {
        MessageSource messages = catalogue;
        if (messages == null) {
            // A rule used outside the application (a unit test, a command-line tool) reads the files.
            messages = bundles();
            catalogue = messages;
        }
        return messages.getMessage(this, locale);
    }

    /**
     * The catalogues as Tandem reads them: basename {@code i18n/messages}, UTF-8, no fallback to
     * the server's own language (a missing German key reads in English), and every message a
     * MessageFormat pattern, so that a translator doubles every apostrophe, not only where a
     * {0} happens to be.
     */
    public static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("i18n/messages");
        bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundles.setFallbackToSystemLocale(false);
        bundles.setAlwaysUseMessageFormat(true);
        return bundles;
    }

    public String key() {
        return key;
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    /** Phrases among them are said in the same language (Spring resolves nested resolvables). */
    @Override
    public Object[] getArguments() {
        return args.clone();
    }

    /** The key alone, never the words or what fills them: this is what a log line may carry. */
    @Override
    public String toString() {
        return key;
    }
}
