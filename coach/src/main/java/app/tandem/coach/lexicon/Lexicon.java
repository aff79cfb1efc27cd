package app.tandem.coach.lexicon;

import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.text.Tokenizer;
import app.tandem.coach.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Everything the coach knows about words, loaded once from the resource files under
 * {@code app/tandem/coach/lexicon/}: contractions, irregular verbs, word classes
 * (words/*.txt, listed in classes.txt) and phrase rules (rules/&lt;label&gt;.txt). After
 * construction it is immutable and safe to share between threads.
 */
public final class Lexicon {

    private static final String ROOT = "/app/tandem/coach/lexicon/";
    private static final int MAX_CLASSES = 64;

    private final Map<String, Word> vocabulary = new HashMap<>(8192);
    private final Map<String, Integer> classIds = new LinkedHashMap<>();
    private final Map<String, List<String>> irregular = new HashMap<>();
    private final Map<String, String[]> expansions = new HashMap<>();
    private final Properties texts = new Properties();
    private final List<PhraseRule> rules = new ArrayList<>();
    private final Tokenizer tokenizer;

    private Lexicon() {
        readTsv("contractions.tsv", (key, value) -> expansions.put(key, value.split(" ")));
        tokenizer = new Tokenizer(expansions, list("abbreviations"), list("is_pronouns"));
        readTsv("irregular.tsv", (key, value) -> irregular.put(key, Arrays.asList(value.split(" "))));
        texts.putAll(readTexts());
        for (String name : lines("classes.txt")) {
            loadClass(name);
        }
        for (Label label : Label.values()) {
            for (String line : lines("rules/" + label.wireName() + ".txt")) {
                PhraseRule rule = compile(label, line);
                rules.add(rule);
                index(rule);
            }
        }
    }

    public static Lexicon load() {
        return new Lexicon();
    }

    /** Only texts.properties (explanations, display names, suggestion parts), without the word lists. */
    public static Properties readTexts() {
        Properties texts = new Properties();
        try (InputStream in = open("texts.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /** The shared {@link Word} for a normalised token, or null when no rule or class mentions it. */
    public Word word(String norm) {
        return vocabulary.get(norm);
    }

    /** The id of a word class; fails fast at construction time when a class file is missing. */
    public int classId(String name) {
        Integer id = classIds.get(name);
        if (id == null) {
            throw new IllegalStateException("unknown word class: " + name);
        }
        return id;
    }

    public List<PhraseRule> rules() {
        return rules;
    }

    /** A plain word list from lists/&lt;name&gt;.txt, for the few places that need a set of strings. */
    public Set<String> list(String name) {
        return Set.copyOf(lines("lists/" + name + ".txt"));
    }

    /** A text from texts.properties (explanations, antidotes, suggestion parts). */
    public String text(String key) {
        return texts.getProperty(key);
    }

    /** Rules whose first element may match a token with this word, whatever follows it. */
    public List<PhraseRule> rulesStartingWith(Word w) {
        return w == null ? List.of() : w.rules;
    }

    /** Rules that start with the two words {@code first second}. */
    public List<PhraseRule> rulesStartingWith(Word first, Word second) {
        if (first == null || second == null || first.rulesBySecond.isEmpty()) {
            return List.of();
        }
        return first.rulesBySecond.getOrDefault(second, List.of());
    }

    /**
     * The end (exclusive) of the longest entry of class {@code classId} that starts at token
     * {@code i}, or -1. Multi-word entries never run past {@code limit}.
     */
    public static int matchClass(Word[] words, int i, int limit, int classId) {
        Word w = words[i];
        if (w == null) {
            return -1;
        }
        int best = w.isSingle(classId) ? i + 1 : -1;
        for (Word[] rest : w.sequences(classId)) {
            int end = i + 1 + rest.length;
            if (end <= limit && end > best && followedBy(words, i + 1, rest)) {
                best = end;
            }
        }
        return best;
    }

    public static boolean isIn(Word w, int classId) {
        return w != null && (w.isSingle(classId) || !w.sequences(classId).isEmpty());
    }

    private static boolean followedBy(Word[] words, int from, Word[] rest) {
        for (int k = 0; k < rest.length; k++) {
            if (words[from + k] != rest[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Matches a rule starting at token {@code i}; returns the end (exclusive) or -1. The match
     * stays inside the sentence that ends at {@code sentenceEnd} (exclusive).
     */
    public static int match(PhraseRule rule, Word[] words, byte[] types, int i, int sentenceEnd) {
        return matchFrom(rule.elements(), 0, words, types, i, sentenceEnd);
    }

    private static int matchFrom(List<Element> elements, int e, Word[] words, byte[] types, int i, int limit) {
        if (e == elements.size()) {
            return i;
        }
        Element el = elements.get(e);
        switch (el.type()) {
            case GAP: {
                for (int skip = 0; skip <= PhraseRule.MAX_GAP && i + skip <= limit; skip++) {
                    int end = matchFrom(elements, e + 1, words, types, i + skip, limit);
                    if (end >= 0) {
                        return end;
                    }
                }
                return -1;
            }
            case END: {
                boolean atEnd = i >= limit || types[i] != Tokens.WORD;
                return atEnd ? matchFrom(elements, e + 1, words, types, i, limit) : -1;
            }
            default:
                break;
        }
        int next = i < limit ? step(el, words, types, i, limit) : -1;
        if (next >= 0) {
            int end = matchFrom(elements, e + 1, words, types, next, limit);
            if (end >= 0) {
                return end;
            }
        }
        return el.optional() ? matchFrom(elements, e + 1, words, types, i, limit) : -1;
    }

    private static int step(Element el, Word[] words, byte[] types, int i, int limit) {
        switch (el.type()) {
            case WORDS:
                Word w = words[i];
                for (Word candidate : el.words()) {
                    if (candidate == w) {
                        return i + 1;
                    }
                }
                return -1;
            case CLASS:
                return matchClass(words, i, limit, el.classId());
            case ANY:
                return types[i] == Tokens.WORD ? i + 1 : -1;
            default:
                return -1;
        }
    }

    // ---- loading ------------------------------------------------------------------------

    private void loadClass(String name) {
        if (classIds.size() == MAX_CLASSES) {
            throw new IllegalStateException("at most " + MAX_CLASSES + " word classes");
        }
        int id = classIds.size();
        classIds.put(name, id);
        List<String> entries = new ArrayList<>();
        boolean inflect = false;
        try (BufferedReader reader = reader("words/" + name + ".txt")) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#!inflect")) {
                    inflect = true;
                } else {
                    String entry = stripComment(line);
                    if (!entry.isEmpty()) {
                        entries.add(entry);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String entry : entries) {
            String[] tokens = normalise(entry);
            if (tokens.length == 0) {
                continue;
            }
            List<String> firstForms = inflect ? inflections(tokens[0]) : List.of(tokens[0]);
            Word[] rest = new Word[tokens.length - 1];
            for (int k = 1; k < tokens.length; k++) {
                rest[k - 1] = intern(tokens[k]);
            }
            for (String form : firstForms) {
                Word first = intern(form);
                if (rest.length == 0) {
                    first.single |= 1L << id;
                } else {
                    first.addSequence(id, rest, MAX_CLASSES);
                }
            }
        }
    }

    private List<String> inflections(String base) {
        List<String> forms = new ArrayList<>(Inflector.forms(base));
        List<String> extra = irregular.get(base);
        if (extra != null) {
            forms.addAll(extra);
        }
        return forms;
    }

    private PhraseRule compile(Label label, String line) {
        String body = line;
        String key = null;
        int arrow = body.indexOf("=>");
        if (arrow >= 0) {
            key = label.wireName() + "." + body.substring(arrow + 2).trim();
            body = body.substring(0, arrow).trim();
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        boolean request = false, unnegated = false, whole = false, start = false;
        int unless = -1;
        if (body.startsWith("[")) {
            int close = body.indexOf(']');
            for (String flag : body.substring(1, close).trim().split("\\s+")) {
                switch (flag) {
                    case "need" -> kinds.add(Kind.NEED);
                    case "reply" -> EnumSet.allOf(Kind.class).stream().filter(Kind::answersThePartner).forEach(kinds::add);
                    case "reflection" -> kinds.add(Kind.REFLECTION);
                    case "request" -> request = true;
                    case "unnegated" -> unnegated = true;
                    case "whole" -> whole = true;
                    default -> {
                        if (flag.startsWith("unless:")) {
                            unless = classId(flag.substring("unless:".length()));
                        } else {
                            throw new IllegalStateException("unknown flag " + flag + " in: " + line);
                        }
                    }
                }
            }
            body = body.substring(close + 1).trim();
        }
        List<Element> elements = new ArrayList<>();
        for (String part : body.split("\\s+")) {
            boolean optional = part.length() > 1 && part.startsWith("?");
            String p = optional ? part.substring(1) : part;
            switch (p) {
                case "<" -> start = true;
                case ">" -> elements.add(new Element(Element.Type.END, null, -1, false, p));
                case "..." -> elements.add(new Element(Element.Type.GAP, null, -1, false, p));
                case "~" -> elements.add(new Element(Element.Type.ANY, null, -1, optional, p));
                default -> {
                    if (p.startsWith("@")) {
                        elements.add(new Element(Element.Type.CLASS, null, classId(p.substring(1)), optional, p));
                    } else if (p.contains("|")) {
                        String[] alternatives = p.split("\\|");
                        Word[] words = new Word[alternatives.length];
                        for (int k = 0; k < alternatives.length; k++) {
                            String[] t = normalise(alternatives[k]);
                            words[k] = intern(t.length == 1 ? t[0] : alternatives[k].toLowerCase(Locale.ROOT));
                        }
                        elements.add(new Element(Element.Type.WORDS, words, -1, optional, p));
                    } else {
                        String[] t = normalise(p);
                        for (int k = 0; k < t.length; k++) {
                            elements.add(new Element(Element.Type.WORDS, new Word[] {intern(t[k])}, -1, optional, p));
                        }
                    }
                }
            }
        }
        if (elements.isEmpty() || elements.get(0).optional() || elements.get(0).type() == Element.Type.GAP
                || elements.get(0).type() == Element.Type.ANY || elements.get(0).type() == Element.Type.END) {
            throw new IllegalStateException("a rule must start with a word or a class: " + line);
        }
        return new PhraseRule(label, elements, start, kinds.isEmpty() ? EnumSet.allOf(Kind.class) : kinds, request, unnegated, whole, unless, key, line);
    }

    /** Registers a rule on every word its first element can start with. */
    private void index(PhraseRule rule) {
        Element first = rule.elements().get(0);
        Element second = rule.elements().size() > 1 ? rule.elements().get(1) : null;
        boolean keyedBySecond = second != null && second.type() == Element.Type.WORDS && !second.optional();
        if (first.type() == Element.Type.WORDS) {
            for (Word w : first.words()) {
                if (keyedBySecond) {
                    for (Word s : second.words()) {
                        List<PhraseRule> list = w.rulesBySecond.computeIfAbsent(s, k -> new ArrayList<>(2));
                        if (!list.contains(rule)) {
                            list.add(rule);
                        }
                    }
                } else if (!w.rules.contains(rule)) {
                    w.rules.add(rule);
                }
            }
        } else {
            long bit = 1L << first.classId();
            for (Word w : vocabulary.values()) {
                if ((w.single & bit) != 0 || !w.sequences(first.classId()).isEmpty()) {
                    w.rules.add(rule);
                }
            }
        }
    }

    private String[] normalise(String phrase) {
        Tokens t = tokenizer.tokenize(phrase);
        String[] out = new String[t.size()];
        for (int i = 0; i < t.size(); i++) {
            out[i] = t.norm(i);
        }
        return out;
    }

    private Word intern(String form) {
        return vocabulary.computeIfAbsent(form, Word::new);
    }

    private interface PairSink {
        void accept(String key, String value);
    }

    private void readTsv(String name, PairSink sink) {
        for (String line : lines(name)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(name + ": expected a tab in: " + line);
            }
            sink.accept(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
        }
    }

    private List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = reader(name)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String s = stripComment(line);
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).strip();
    }

    private static BufferedReader reader(String name) {
        return new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8));
    }

    private static InputStream open(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("missing coach resource: " + name);
        }
        return in;
    }
}
