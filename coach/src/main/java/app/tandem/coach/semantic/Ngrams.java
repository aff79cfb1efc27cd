package app.tandem.coach.semantic;

import app.tandem.coach.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The semantic layer's second reader: per group, a logistic head per label on the words of the
 * text (its word uni-, bi- and trigrams). A sentence embedding blurs the few words that carry
 * sarcasm or a shrug ("oh wow", "must be nice", "ok and?"); these heads keep them. Their logits
 * are mixed with the nets' ({@link Model#mix}), in the same label order as {@link Heads}.
 * Read from {@code ngrams.tsv}, which {@code Train} writes; immutable and thread-safe.
 */
public final class Ngrams {

    public static final String RESOURCE = "/app/tandem/coach/semantic/ngrams.tsv";

    /**
     * One group's heads: {@code logit = bias + Σ weight(gram) / √(number of grams)}, and the
     * layer's score is the logistic of {@code mix · net logit + (1 − mix) · this logit}.
     */
    public record Model(Heads.Group group, double mix, float[] bias, Map<String, float[]> weights) {

        public double[] logits(List<String> grams) {
            double[] z = new double[bias.length];
            for (int k = 0; k < z.length; k++) {
                z[k] = bias[k];
            }
            double value = grams.isEmpty() ? 0 : 1 / Math.sqrt(grams.size());
            for (String g : grams) {
                float[] w = weights.get(g);
                if (w != null) {
                    for (int k = 0; k < z.length; k++) {
                        z[k] += w[k] * value;
                    }
                }
            }
            return z;
        }
    }

    private final Map<Heads.Group, Model> models = new EnumMap<>(Heads.Group.class);

    public Ngrams(List<Model> list) {
        for (Model m : list) {
            models.put(m.group(), m);
        }
    }

    public Model model(Kind kind) {
        return models.get(Heads.Group.of(kind));
    }

    public List<Model> all() {
        return new ArrayList<>(models.values());
    }

    /**
     * The distinct word uni-, bi- and trigrams of a text, lower-cased, in order of first
     * occurrence. A word is a run of letters, digits and apostrophes (curly ones made straight);
     * a run of "?" or "!" is one token, and any other mark or emoji is a token of its own.
     */
    public static List<String> grams(String text) {
        List<String> tokens = tokens(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.get(i));
            if (i + 1 < tokens.size()) {
                out.add(tokens.get(i) + ' ' + tokens.get(i + 1));
            }
            if (i + 2 < tokens.size()) {
                out.add(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2));
            }
        }
        return new ArrayList<>(out);
    }

    static List<String> tokens(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            int end = i + Character.charCount(c);
            if (isWord(c)) {
                while (end < s.length() && isWord(s.codePointAt(end))) {
                    end += Character.charCount(s.codePointAt(end));
                }
                out.add(s.substring(i, end));
            } else if (c == '?' || c == '!') {
                while (end < s.length() && (s.charAt(end) == '?' || s.charAt(end) == '!')) {
                    end++;
                }
                out.add(s.substring(i, end));
            } else if (!Character.isWhitespace(c)) {
                out.add(s.substring(i, end));
            }
            i = end;
        }
        return out;
    }

    private static boolean isWord(int c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    public static Ngrams load() {
        try (InputStream in = Ngrams.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /*
     * The file: "#" comments, then per group
     *   model <group> <mix> <one bias per label>
     *   gram  <group> <gram> <one weight per label>     (one line per gram)
     */
    public static Ngrams read(BufferedReader reader) throws IOException {
        Map<Heads.Group, Double> mix = new EnumMap<>(Heads.Group.class);
        Map<Heads.Group, float[]> bias = new EnumMap<>(Heads.Group.class);
        Map<Heads.Group, Map<String, float[]>> weights = new EnumMap<>(Heads.Group.class);
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Heads.Group g = Heads.Group.valueOf(f[1].toUpperCase(Locale.ROOT));
            switch (f[0]) {
                case "model" -> {
                    mix.put(g, Double.parseDouble(f[2]));
                    bias.put(g, floats(f[3]));
                    weights.put(g, new HashMap<>());
                }
                case "gram" -> weights.get(g).put(f[2], floats(f[3]));
                default -> throw new IllegalStateException("unknown line in ngrams.tsv: " + f[0]);
            }
        }
        List<Model> list = new ArrayList<>();
        for (Heads.Group g : mix.keySet()) {
            list.add(new Model(g, mix.get(g), bias.get(g), Map.copyOf(weights.get(g))));
        }
        return new Ngrams(list);
    }

    /** The file's text (see {@link #read}), grams sorted so that a retrain diffs well. */
    public String write(List<String> header) {
        StringBuilder out = new StringBuilder();
        for (String h : header) {
            out.append("# ").append(h).append('\n');
        }
        for (Model m : all()) {
            String g = m.group().wireName();
            out.append("model\t").append(g).append('\t').append(fmt(m.mix())).append('\t');
            join(out, m.bias()).append('\n');
            for (Map.Entry<String, float[]> e : new TreeMap<>(m.weights()).entrySet()) {
                out.append("gram\t").append(g).append('\t').append(e.getKey()).append('\t');
                join(out, e.getValue()).append('\n');
            }
        }
        return out.toString();
    }

    private static float[] floats(String s) {
        return Heads.floats(s);
    }

    private static StringBuilder join(StringBuilder out, float[] values) {
        return Heads.join(out, values, "%.3g");
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3g", d);
    }
}
