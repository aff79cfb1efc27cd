package app.tandem.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Tandem speaks: English (the source of every catalogue), German, and a
 * right-to-left pseudo-locale made from the English catalogue for testing mirrored layouts.
 * A partner chooses among {@link #CHOSEN}; the pseudo-locale is reached only by a browser
 * asking for it (Accept-Language: ar-XB), so nobody picks it by accident.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;
    /** Android's name for its right-to-left pseudo-locale: every message in English, laid out as Arabic would be. */
    public static final Locale PSEUDO_RTL = Locale.forLanguageTag("ar-XB");

    /** What the account page offers, each in its own name. */
    public static final List<Locale> CHOSEN = List.of(ENGLISH, GERMAN);

    private Languages() {}

    /** The supported language a tag names ("de", "de-AT", "en_GB", "ar-XB"), if any. */
    public static Optional<Locale> parse(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        Locale asked = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        if (asked.getLanguage().equals("ar") && asked.getCountry().equals("XB")) {
            return Optional.of(PSEUDO_RTL);
        }
        return CHOSEN.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst();
    }

    /** Only what a partner may choose: the pseudo-locale is for tests. */
    public static Optional<Locale> parseChosen(String tag) {
        return parse(tag).filter(CHOSEN::contains);
    }

    /** The first supported language of an Accept-Language header, in the browser's order; else English. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<Locale> known = parse(range.getRange());
                if (known.isPresent()) {
                    return known.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header no browser sends: English, as for none
        }
        return ENGLISH;
    }

    /** The tag a partner's choice is stored and sent as: "en", "de". */
    public static String tag(Locale locale) {
        return locale.toLanguageTag();
    }

    /** "English", "Deutsch": a language is listed in its own name, so its speakers find it. */
    public static String ownName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.toLanguageTag() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public static boolean rightToLeft(Locale locale) {
        return List.of("ar", "he", "fa", "ur").contains(locale.getLanguage());
    }
}
