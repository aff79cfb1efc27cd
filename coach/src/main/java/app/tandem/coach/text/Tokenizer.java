package app.tandem.coach.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A hand-written, single-pass tokenizer: words (letters, digits, combining marks, inner
 * apostrophes and hyphens), the punctuation that shapes sentences and clauses, and nothing
 * else (emoji and symbols are skipped). Every char is looked at a constant number of times,
 * so time is linear in the text and no regular expression can backtrack.
 *
 * <p>Words are lower-cased, curly apostrophes become straight ones, and contractions and
 * common chat spellings are expanded from contractions.tsv ("can't" → "can not",
 * "youre" → "you are") so that rules are written once, in full words.
 */
public final class Tokenizer {

    private final Map<String, String[]> expansions;
    /** Words after which a full stop does not end the sentence (lists/abbreviations.txt). */
    private final Set<String> abbreviations;
    /** Words whose 's is "is" ("it's"); elsewhere 's is a possessive and is dropped (lists/is_pronouns.txt). */
    private final Set<String> isPronouns;

    public Tokenizer(Map<String, String[]> expansions, Set<String> abbreviations, Set<String> isPronouns) {
        this.expansions = expansions;
        this.abbreviations = abbreviations;
        this.isPronouns = isPronouns;
    }

    public Tokens tokenize(String text) {
        int n = text.length();
        Tokens out = new Tokens(n / 4 + 4);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(text, i)) {
                i = readWord(text, i, out);
            } else if (c == '\n' || c == '\r') {
                if (out.lastType() != Tokens.SENTENCE_END) {
                    out.add(".", i, i + 1, Tokens.SENTENCE_END);
                }
                i++;
            } else {
                punctuation(text, i, c, out);
                i++;
            }
        }
        return out;
    }

    private void punctuation(String text, int i, char c, Tokens out) {
        switch (c) {
            case '.':
            case '…':
                if (out.size() > 0 && out.lastType() == Tokens.WORD && abbreviations.contains(out.norm(out.size() - 1))) {
                    return;
                }
                out.add(".", i, i + 1, Tokens.SENTENCE_END);
                break;
            case '!':
            case '¡':
                out.add("!", i, i + 1, Tokens.SENTENCE_END);
                break;
            case '?':
            case '¿':
                out.add("?", i, i + 1, Tokens.SENTENCE_END);
                break;
            case ';':
                out.add(";", i, i + 1, Tokens.SENTENCE_END);
                break;
            case ',':
            case ':':
            case '(':
            case ')':
            case '—':
            case '–':
            case '"':
            case '“':
            case '”':
                out.add(",", i, i + 1, Tokens.CLAUSE_PUNCT);
                break;
            case '-':
                // A dash standing between spaces works like a comma; a hyphen inside a word never gets here.
                if (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                    out.add(",", i, i + 1, Tokens.CLAUSE_PUNCT);
                }
                break;
            default:
                break;
        }
    }

    private int readWord(String text, int from, Tokens out) {
        int n = text.length();
        int i = from;
        boolean plain = true; // lower-case ASCII with straight apostrophes: the word is a substring
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(text, i)) {
                if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                    plain = false;
                }
                i += Character.charCount(text.codePointAt(i));
            } else if (isJoiner(c) && i + 1 < n && isWordChar(text, i + 1) && i > from) {
                // inner apostrophe (don't), hyphen (heads-up) or decimal point (3.5)
                if (c == '.' && !(Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
                    break;
                }
                if (c == '’' || c == '‘') {
                    plain = false;
                }
                i++;
            } else {
                break;
            }
        }
        emit(plain ? text.substring(from, i) : normalise(text, from, i), from, i, out);
        return i;
    }

    private static String normalise(String text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from + 4);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '’' || c == '‘') {
                sb.append('\'');
                i++;
            } else if (c < 128) {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                i++;
            } else {
                int cp = text.codePointAt(i);
                sb.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
                i += Character.charCount(cp);
            }
        }
        return sb.toString();
    }

    private void emit(String word, int s, int e, Tokens out) {
        String[] full = expansions.get(word);
        if (full != null) {
            for (String part : full) {
                out.add(part, s, e, Tokens.WORD);
            }
            return;
        }
        int apostrophe = word.indexOf('\'');
        if (apostrophe > 0) {
            String stem = word.substring(0, apostrophe);
            String tail = word.substring(apostrophe);
            if (tail.equals("'t") && stem.endsWith("n")) {
                out.add(stem.substring(0, stem.length() - 1), s, e, Tokens.WORD);
                out.add("not", s, e, Tokens.WORD);
                return;
            }
            String suffix = switch (tail) {
                case "'re" -> "are";
                case "'m" -> "am";
                case "'ve" -> "have";
                case "'ll" -> "will";
                case "'d" -> "would";
                case "'s" -> isPronouns.contains(stem) ? "is" : "";
                default -> null;
            };
            if (suffix != null) {
                out.add(stem, s, e, Tokens.WORD);
                if (!suffix.isEmpty()) {
                    out.add(suffix, s, e, Tokens.WORD);
                }
                return;
            }
        }
        out.add(word, s, e, Tokens.WORD);
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == '-' || c == '.';
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
