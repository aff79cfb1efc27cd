package app.tandem.coach.semantic;

import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The semantic layer's classifier: per group of kinds, one small hidden layer (ReLU) on the
 * sentence embedding plus a "this is a reflection" feature, and on it one logistic head per
 * label. Needs and answers (replies, reflections) have their own because the same words
 * mean different things in them ("stop" in an ask, "fine" in an answer). Read from
 * {@code heads.tsv}, which {@code Train} writes; immutable and thread-safe.
 */
public final class Heads {

    public static final String RESOURCE = "/app/tandem/coach/semantic/heads.tsv";
    public static final int FEATURES = TwoModels.DIMENSIONS + 1;

    /** Which kinds a network reads. */
    public enum Group {
        NEED, ANSWER;

        public static Group of(Kind kind) {
            return kind == Kind.NEED ? NEED : ANSWER;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One label's head on the hidden layer: the score is the logistic of {@code bias + w·h}. */
    public record Head(Label label, double threshold, double veto, float bias, float[] weights) {
    }

    /** One group's network: {@code hidden[j] = max(0, hiddenBias[j] + hiddenWeights[j]·x)}, then the heads. */
    public record Net(Group group, float[][] hiddenWeights, float[] hiddenBias, List<Head> heads) {

        /** The scores of this net's heads, in the order of {@link #heads()}. */
        public double[] scores(float[] x) {
            double[] out = logits(x);
            for (int k = 0; k < out.length; k++) {
                out[k] = 1 / (1 + Math.exp(-out[k]));
            }
            return out;
        }

        /** The heads' logits, before the logistic (the semantic layer mixes them with {@link Ngrams}'). */
        public double[] logits(float[] x) {
            float[] h = hidden(x);
            double[] out = new double[heads.size()];
            for (int k = 0; k < out.length; k++) {
                Head head = heads.get(k);
                double z = head.bias();
                for (int j = 0; j < h.length; j++) {
                    z += head.weights()[j] * h[j];
                }
                out[k] = z;
            }
            return out;
        }

        public float[] hidden(float[] x) {
            float[] h = new float[hiddenBias.length];
            for (int j = 0; j < h.length; j++) {
                float[] w = hiddenWeights[j];
                float z = hiddenBias[j];
                for (int i = 0; i < x.length; i++) {
                    z += w[i] * x[i];
                }
                h[j] = z > 0 ? z : 0;
            }
            return h;
        }
    }

    private final Map<Group, Net> nets = new EnumMap<>(Group.class);

    public Heads(List<Net> list) {
        for (Net n : list) {
            nets.put(n.group(), n);
        }
    }

    public Net net(Kind kind) {
        return nets.get(Group.of(kind));
    }

    public List<Net> all() {
        return new ArrayList<>(nets.values());
    }

    /** The features of one text: its embedding, then 1 for a reflection. */
    public static float[] features(Kind kind, float[] embedding) {
        float[] x = new float[FEATURES];
        System.arraycopy(embedding, 0, x, 0, FEATURES - 1);
        x[FEATURES - 1] = kind == Kind.REFLECTION ? 1f : 0f;
        return x;
    }

    public static Heads load() {
        try (InputStream in = Heads.class.getResourceAsStream(RESOURCE)) {
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
     *   hidden <group> <units>
     *   unit   <group> <bias> <FEATURES weights>          (one line per unit)
     *   head   <group> <label> <threshold> <veto> <bias> <units weights>
     */
    static Heads read(BufferedReader reader) throws IOException {
        Map<Group, List<float[]>> units = new EnumMap<>(Group.class);
        Map<Group, List<Head>> heads = new EnumMap<>(Group.class);
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Group g = Group.valueOf(f[1].toUpperCase(Locale.ROOT));
            switch (f[0]) {
                case "hidden" -> {
                    units.put(g, new ArrayList<>());
                    heads.put(g, new ArrayList<>());
                }
                case "unit" -> units.get(g).add(floats(f[2] + " " + f[3]));
                case "head" -> heads.get(g).add(new Head(Label.fromWireName(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), Float.parseFloat(f[5]), floats(f[6])));
                default -> throw new IllegalStateException("unknown line in heads.tsv: " + f[0]);
            }
        }
        List<Net> nets = new ArrayList<>();
        for (Map.Entry<Group, List<float[]>> e : units.entrySet()) {
            List<float[]> u = e.getValue();
            float[][] w = new float[u.size()][];
            float[] b = new float[u.size()];
            for (int j = 0; j < u.size(); j++) {
                float[] row = u.get(j);
                if (row.length != FEATURES + 1) {
                    throw new IllegalStateException("a unit of " + e.getKey() + " has " + (row.length - 1) + " weights, not " + FEATURES);
                }
                b[j] = row[0];
                w[j] = java.util.Arrays.copyOfRange(row, 1, row.length);
            }
            nets.add(new Net(e.getKey(), w, b, List.copyOf(heads.get(e.getKey()))));
        }
        return new Heads(nets);
    }

    static float[] floats(String s) {
        String[] parts = s.trim().split(" ");
        float[] out = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Float.parseFloat(parts[i]);
        }
        return out;
    }

    /** The file's text (see {@link #read}). */
    public String write(List<String> header) {
        StringBuilder out = new StringBuilder();
        for (String h : header) {
            out.append("# ").append(h).append('\n');
        }
        for (Net n : all()) {
            String g = n.group().wireName();
            out.append("hidden\t").append(g).append('\t').append(n.hiddenBias().length).append('\n');
            for (int j = 0; j < n.hiddenBias().length; j++) {
                out.append("unit\t").append(g).append('\t').append(fmt(n.hiddenBias()[j])).append('\t');
                join(out, n.hiddenWeights()[j]).append('\n');
            }
            for (Head h : n.heads()) {
                out.append("head\t").append(g).append('\t').append(h.label().wireName()).append('\t').append(fmt(h.threshold()))
                        .append('\t').append(fmt(h.veto())).append('\t').append(fmt(h.bias())).append('\t');
                join(out, h.weights()).append('\n');
            }
        }
        return out.toString();
    }

    private static StringBuilder join(StringBuilder out, float[] values) {
        return join(out, values, "%.4g");
    }

    /** Values separated by spaces, each in {@code format} (the files' significant digits). */
    static StringBuilder join(StringBuilder out, float[] values, String format) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(String.format(Locale.ROOT, format, values[i]));
        }
        return out;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.4g", d);
    }
}
