package app.tandem.coach.semantic;

import app.tandem.coach.Label;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fits {@link Ngrams}' heads for {@link Train}: per label a logistic regression on the word
 * n-grams of the texts, by mini-batch AdaGrad (each gram's weight moves by how rarely it has
 * been seen), with the same training units as the nets: every whole text as many times as it
 * counts, and the sentences of clean texts. Seeded shuffling, so the same corpus gives the same
 * weights.
 */
final class NgramFit {

    /** A gram must be in at least this many texts to get a weight: one-off grams only memorise their text. */
    static final int MIN_TEXTS = Integer.getInteger("train.ngrams.min", 2);
    static final int EPOCHS = Integer.getInteger("train.ngrams.epochs", 10);
    static final double RATE = 0.1;
    static final double L2 = 1e-5;
    static final int BATCH = 64;

    /** One training unit: its grams' vocabulary indexes, their common value, its labels and mask. */
    private record Unit(int[] grams, float value, float[] y, float[] mask) {
    }

    static Ngrams.Model fit(Heads.Group group, List<Label> labels, List<Train.Example> data, double mix) {
        Map<String, Integer> vocabulary = vocabulary(data);
        List<Unit> units = units(labels, data, vocabulary);
        int v = vocabulary.size(), n = labels.size();
        float[] w = new float[v * n];
        double[] sum = new double[v * n];
        float[] bias = new float[n];
        double[] biasSum = new double[n];
        double[] grad = new double[v * n];
        boolean[] touched = new boolean[v];
        Random random = new Random(7);
        List<Unit> order = new ArrayList<>(units);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int b = 0; b < order.size(); b += BATCH) {
                List<Unit> batch = order.subList(b, Math.min(order.size(), b + BATCH));
                List<Integer> rows = new ArrayList<>();
                double[] biasGrad = new double[n];
                for (Unit u : batch) {
                    for (int k = 0; k < n; k++) {
                        double z = bias[k];
                        for (int g : u.grams()) {
                            z += w[g * n + k] * u.value();
                        }
                        double err = (1 / (1 + Math.exp(-z)) - u.y()[k]) * u.mask()[k];
                        biasGrad[k] += err;
                        for (int g : u.grams()) {
                            grad[g * n + k] += err * u.value();
                        }
                    }
                    for (int g : u.grams()) {
                        if (!touched[g]) {
                            touched[g] = true;
                            rows.add(g);
                        }
                    }
                }
                double inv = 1.0 / batch.size();
                for (int g : rows) {
                    for (int k = 0; k < n; k++) {
                        int i = g * n + k;
                        double gi = grad[i] * inv + L2 * w[i];
                        sum[i] += gi * gi;
                        w[i] -= (float) (RATE * gi / Math.sqrt(sum[i] + 1e-8));
                        grad[i] = 0;
                    }
                    touched[g] = false;
                }
                for (int k = 0; k < n; k++) {
                    double gk = biasGrad[k] * inv;
                    biasSum[k] += gk * gk;
                    bias[k] -= (float) (RATE * gk / Math.sqrt(biasSum[k] + 1e-8));
                }
            }
        }
        Map<String, float[]> weights = new HashMap<>();
        vocabulary.forEach((gram, g) -> weights.put(gram, java.util.Arrays.copyOfRange(w, g * n, g * n + n)));
        return new Ngrams.Model(group, mix, bias, weights);
    }

    /** The grams found in at least {@link #MIN_TEXTS} whole texts, numbered in order of first sight. */
    private static Map<String, Integer> vocabulary(List<Train.Example> data) {
        Map<String, Integer> texts = new HashMap<>();
        List<String> seen = new ArrayList<>();
        for (Train.Example e : data) {
            for (String g : e.grams()) {
                if (texts.merge(g, 1, Integer::sum) == 1) {
                    seen.add(g);
                }
            }
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        for (String g : seen) {
            if (texts.get(g) >= MIN_TEXTS) {
                vocabulary.put(g, vocabulary.size());
            }
        }
        return vocabulary;
    }

    private static List<Unit> units(List<Label> labels, List<Train.Example> data, Map<String, Integer> vocabulary) {
        List<Unit> units = new ArrayList<>();
        for (Train.Example e : data) {
            float[] y = new float[labels.size()];
            float[] mask = new float[labels.size()];
            boolean clean = true;
            for (int k = 0; k < labels.size(); k++) {
                String label = labels.get(k).wireName();
                y[k] = e.labels().contains(label) ? 1 : 0;
                mask[k] = e.also().contains(label) ? 0 : 1;
                clean &= y[k] == 0;
            }
            for (int copy = 0; copy < e.weight(); copy++) {
                units.add(unit(e.grams(), y, mask, vocabulary));
                if (clean) {
                    for (List<String> s : e.sentenceGrams()) {
                        units.add(unit(s, y, mask, vocabulary));
                    }
                }
            }
        }
        return units;
    }

    private static Unit unit(List<String> grams, float[] y, float[] mask, Map<String, Integer> vocabulary) {
        Set<Integer> known = new HashSet<>();
        for (String g : grams) {
            Integer i = vocabulary.get(g);
            if (i != null) {
                known.add(i);
            }
        }
        int[] ids = known.stream().mapToInt(Integer::intValue).sorted().toArray();
        return new Unit(ids, grams.isEmpty() ? 0 : (float) (1 / Math.sqrt(grams.size())), y, mask);
    }

    static List<String> header(List<String> training, int texts) {
        return List.of(
                "The coach's n-gram heads: per group, a logistic head per label on the word uni-, bi- and trigrams of a text",
                "(value 1/sqrt(number of grams)); grams in at least " + MIN_TEXTS + " training texts. The layer's score mixes these logits with the nets' in heads.tsv.",
                "Written by app.tandem.coach.semantic.Train from " + String.join(", ", training) + " (" + texts + " texts with validation);",
                "do not edit by hand. Retrain: mvn -B -ntp -pl coach test-compile exec:java@train",
                "Format: model <group> <mix> <bias per label> / gram <group> <gram> <weight per label>");
    }

    private NgramFit() {
    }
}
