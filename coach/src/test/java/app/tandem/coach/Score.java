package app.tandem.coach;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of shared/coach/score.py in Java: a predicted label is a true positive when
 * required, ignored when tolerated ("also"), a false positive otherwise; macro F1 averages the
 * labels that occur in the gold set; the false-alarm rate counts clean items with any
 * untolerated prediction.
 */
public record Score(double macroF1, double cleanFalseAlarm, Map<String, double[]> perLabel) {

    public static Score of(LabelledSet gold, Map<String, Set<String>> predicted) {
        Map<String, int[]> counts = new HashMap<>();
        int clean = 0;
        int alarms = 0;
        for (LabelledSet.Item item : gold.items()) {
            Set<String> p = predicted.getOrDefault(item.id(), Set.of());
            for (String l : p) {
                if (item.labels().contains(l)) {
                    counts.computeIfAbsent(l, k -> new int[3])[0]++;
                } else if (!item.also().contains(l)) {
                    counts.computeIfAbsent(l, k -> new int[3])[1]++;
                }
            }
            for (String l : item.labels()) {
                if (!p.contains(l)) {
                    counts.computeIfAbsent(l, k -> new int[3])[2]++;
                }
            }
            if (item.labels().isEmpty()) {
                clean++;
                if (p.stream().anyMatch(l -> !item.also().contains(l))) {
                    alarms++;
                }
            }
        }
        double sum = 0;
        int n = 0;
        Map<String, double[]> perLabel = new HashMap<>();
        for (Label label : Label.values()) {
            int[] c = counts.getOrDefault(label.wireName(), new int[3]);
            int tp = c[0], fp = c[1], fn = c[2];
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.put(label.wireName(), new double[] {precision, recall, f1, tp, fp, fn});
            if (tp + fn > 0) {
                sum += f1;
                n++;
            }
        }
        return new Score(n == 0 ? 0 : sum / n, clean == 0 ? 0 : (double) alarms / clean, perLabel);
    }

    public static Map<String, Set<String>> predict(Coach coach, LabelledSet set) {
        Map<String, Set<String>> out = new HashMap<>();
        for (LabelledSet.Item item : set.items()) {
            List<Label> labels = coach.review(item.kind(), item.text()).labels();
            out.put(item.id(), Set.copyOf(labels.stream().map(Label::wireName).toList()));
        }
        return out;
    }
}
