package app.tandem.coach;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the coach on every labelled set, per label and by kind, for both layers and for the
 * rules alone: the tables in docs/coach.md.
 *
 * <pre>mvn -B -ntp -pl coach test-compile exec:java@report</pre>
 */
public final class CoachReport {

    public static void main(String[] args) {
        Path module = Path.of(args.length > 0 ? args[0] : ".");
        List<String[]> sets = List.of(
                new String[] {"held-out (generated, unseen fragments)", "corpus/heldout.jsonl"},
                new String[] {"held-out (hand-written)", "corpus/heldout-handwritten.jsonl"},
                new String[] {"held-out (hand-written-2)", "corpus/heldout-handwritten-2.jsonl"},
                new String[] {"held-out (hand-written-3)", "corpus/heldout-handwritten-3.jsonl"},
                new String[] {"held-out (other writers: w8, w11)", "corpus/heldout-writers.jsonl"},
                new String[] {"held-out (other writers: w27, w28)", "corpus/heldout-writers-2.jsonl"},
                new String[] {"held-out (other writers: w35, w36)", "corpus/heldout-writers-3.jsonl"},
                new String[] {"held-out (other writers: w43, w44)", "corpus/heldout-writers-4.jsonl"},
                new String[] {"held-out (other writers: w51, w52)", "corpus/heldout-writers-5.jsonl"},
                new String[] {"held-out (other writers: w59, w60)", "corpus/heldout-writers-6.jsonl"},
                new String[] {"held-out (other writers: w67, w68)", "corpus/heldout-writers-7.jsonl"},
                new String[] {"held-out (other writers: w75 + w76 of the ninth round)", "corpus/heldout-writers-8.jsonl"},
                new String[] {"held-out (other writers: w77–w84, the tenth round)", "corpus/heldout-writers-9.jsonl"},
                new String[] {"dev (shared/coach/dev.jsonl)", "../../shared/coach/dev.jsonl"},
                new String[] {"own cases (trained on)", "src/test/resources/cases.jsonl"},
                new String[] {"old holdout (trained on)", "src/test/resources/holdout.jsonl"});
        Coach full = Coach.standard();
        Coach rules = Coach.rulesOnly();
        System.out.println("semantic layer loaded: " + full.hasSemanticLayer());
        for (String[] s : sets) {
            Path p = module.resolve(s[1]);
            if (!Files.exists(p)) {
                continue;
            }
            LabelledSet set = LabelledSet.read(p);
            System.out.printf(Locale.ROOT, "%n## %s — %d texts%n", s[0], set.items().size());
            table(set, Score.predict(full, set), Score.predict(rules, set));
        }
    }

    private static void table(LabelledSet set, Map<String, Set<String>> full, Map<String, Set<String>> rules) {
        Score f = Score.of(set, full);
        Score r = Score.of(set, rules);
        System.out.println("| label | precision | recall | F1 | rules-only F1 |");
        System.out.println("|---|---|---|---|---|");
        for (Label label : Label.values()) {
            double[] x = f.perLabel().get(label.wireName());
            if (x[3] + x[5] == 0) {
                continue;
            }
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", label.wireName(), x[0], x[1], x[2],
                    r.perLabel().get(label.wireName())[2]);
        }
        System.out.printf(Locale.ROOT, "| **macro F1** | | | **%.3f** | %.3f |%n", f.macroF1(), r.macroF1());
        System.out.printf(Locale.ROOT, "| clean false alarms | | | %.3f | %.3f |%n", f.cleanFalseAlarm(), r.cleanFalseAlarm());
        for (Kind kind : Kind.values()) {
            List<LabelledSet.Item> items = new ArrayList<>();
            for (LabelledSet.Item i : set.items()) {
                if (i.kind() == kind) {
                    items.add(i);
                }
            }
            if (items.isEmpty()) {
                continue;
            }
            LabelledSet part = new LabelledSet(items);
            Score fk = Score.of(part, full);
            Score rk = Score.of(part, rules);
            System.out.printf(Locale.ROOT, "| by kind: %s (%d) | | | %.3f (false alarms %.3f) | %.3f (%.3f) |%n", kind.wireName(),
                    items.size(), fk.macroF1(), fk.cleanFalseAlarm(), rk.macroF1(), rk.cleanFalseAlarm());
        }
        List<String> misses = new ArrayList<>();
        for (LabelledSet.Item i : set.items()) {
            Set<String> p = full.get(i.id());
            boolean wrong = !p.containsAll(i.labels()) || p.stream().anyMatch(l -> !i.labels().contains(l) && !i.also().contains(l));
            if (wrong && misses.size() < 25) {
                misses.add("   " + i.id() + " " + i.kind().wireName() + " gold=" + i.labels() + " got=" + p + "  " + i.text());
            }
        }
        if (System.getProperty("misses") != null) {
            misses.forEach(System.out::println);
        }
    }

    private CoachReport() {
    }
}
