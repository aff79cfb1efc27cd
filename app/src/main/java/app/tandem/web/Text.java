package app.tandem.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The words of a page in the reader's language, from the message catalogues
 * ({@code i18n/messages*.properties}). Templates ask {@code page.t("need.compose.title", name)};
 * jte escapes what comes back, so a message never carries markup: a sentence with a bold part
 * is two keys. Partials drawn without a {@link Page} use {@link #current()}: the request's
 * locale is the one Spring's {@code LocaleContextHolder} holds for the thread.
 */
public final class Text {

    /** Set once when the catalogues are made (see {@link MessageCatalogues}); a template has no bean to ask. */
    private static volatile MessageSource catalogue;

    private final MessageSource messages;
    private final Locale locale;

    public Text(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    static void use(MessageSource messages) {
        catalogue = messages;
    }

    /** The words for this request's language (English outside a request). */
    public static Text current() {
        return in(Pages.locale());
    }

    /** The words in a given language: an e-mail is in its recipient's, whoever's request sends it. */
    public static Text in(Locale locale) {
        MessageSource messages = catalogue;
        if (messages == null) {
            // Words asked for outside the application (a unit test) read the files as it would.
            messages = new MessageCatalogues.PseudoRtl(app.tandem.kernel.Phrase.bundles());
            catalogue = messages;
        }
        return new Text(messages, locale);
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Whether the coach understands what a partner writes in this language: it reads English
     * only, and a page in another language says so beside the coach's notes.
     */
    public boolean coachReads() {
        return locale.getLanguage().equals("en") || locale.equals(Languages.PSEUDO_RTL);
    }

    /** For {@code <html lang>}. */
    public String lang() {
        return locale.toLanguageTag();
    }

    /** For {@code <html dir>}. */
    public String dir() {
        return Languages.rightToLeft(locale) ? "rtl" : "ltr";
    }

    /** "1,234" in English, "1.234" in German. */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(numbers()).format(n);
    }

    /** A share as a percentage: 0.42 is "42%" in English, "42 %" in German. */
    public String percent(double share) {
        return NumberFormat.getPercentInstance(numbers()).format(share);
    }

    /** The pseudo-locale writes numbers as English does: it tests layout, not digits. */
    private Locale numbers() {
        return locale.equals(Languages.PSEUDO_RTL) ? Languages.ENGLISH : locale;
    }
}
