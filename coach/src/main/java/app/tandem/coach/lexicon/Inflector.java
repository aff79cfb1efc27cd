package app.tandem.coach.lexicon;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Generates the regular inflections of an English word (forgets, forgot is irregular and
 * comes from irregular.tsv; ignored, ignoring, ignores). Entries of classes marked
 * {@code #!inflect} are stored in every form at load time, so that matching a token is a
 * single lookup and no stemming happens per review. Over-generation is harmless: a
 * nonsense form such as "sads" never occurs in a text.
 */
public final class Inflector {

    private Inflector() {
    }

    public static Set<String> forms(String base) {
        Set<String> out = new LinkedHashSet<>();
        out.add(base);
        if (base.length() < 2 || !isLetters(base)) {
            return out;
        }
        char last = base.charAt(base.length() - 1);
        char beforeLast = base.charAt(base.length() - 2);
        if (last == 'y' && !isVowel(beforeLast)) {
            String stem = base.substring(0, base.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(base + "ing");
            return out;
        }
        if (last == 'e') {
            out.add(base + "s");
            out.add(base + "d");
            out.add(base.substring(0, base.length() - 1) + "ing");
            return out;
        }
        if (last == 's' || last == 'x' || last == 'z' || base.endsWith("ch") || base.endsWith("sh")) {
            out.add(base + "es");
        } else {
            out.add(base + "s");
        }
        out.add(base + "ed");
        out.add(base + "ing");
        // stop -> stopped, stopping; both spellings are kept because stress decides in English.
        if (base.length() <= 6 && isConsonant(last) && last != 'w' && last != 'x' && last != 'y'
                && isVowel(beforeLast) && (base.length() < 3 || !isVowel(base.charAt(base.length() - 3)))) {
            out.add(base + last + "ed");
            out.add(base + last + "ing");
        }
        return out;
    }

    /** The -ing form used when a suggestion turns "don't raise" into "instead of raising". */
    public static String gerund(String base) {
        if (base.endsWith("ing") && hasVowel(base.substring(0, base.length() - 3))) {
            return base; // "staying" already is one; "bring" and "sing" are not
        }
        if (base.endsWith("ie")) {
            return base.substring(0, base.length() - 2) + "ying";
        }
        if (base.endsWith("e") && !base.endsWith("ee") && base.length() > 2) {
            return base.substring(0, base.length() - 1) + "ing";
        }
        int n = base.length();
        if (n >= 3 && n <= 4 && isConsonant(base.charAt(n - 1)) && "wxy".indexOf(base.charAt(n - 1)) < 0
                && isVowel(base.charAt(n - 2)) && !isVowel(base.charAt(n - 3))) {
            return base + base.charAt(n - 1) + "ing";
        }
        return base + "ing";
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isVowel(s.charAt(i)) || s.charAt(i) == 'y') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && !isVowel(c);
    }
}
