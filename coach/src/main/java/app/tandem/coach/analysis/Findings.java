package app.tandem.coach.analysis;

import app.tandem.coach.Finding;
import app.tandem.coach.Label;
import app.tandem.coach.Layer;
import app.tandem.coach.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Collects what the analysers notice, turning token spans into char spans and texts. */
public final class Findings {

    /** More than this many findings help nobody, and the cap keeps huge texts linear. */
    static final int MAX_FINDINGS = 50;

    private final Doc doc;
    private final Lexicon lexicon;
    private final List<Finding> list = new ArrayList<>(4);
    private final EnumSet<Label> labels = EnumSet.noneOf(Label.class);

    Findings(Doc doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /**
     * Adds a finding for tokens {@code from} (inclusive) to {@code to} (exclusive). {@code key}
     * names the explanation in texts.properties ("criticism.absolute"); null means the label's default.
     */
    void add(Label label, int from, int to, String key) {
        if (from < 0 || to <= from || to > doc.n || list.size() >= MAX_FINDINGS) {
            return;
        }
        int start = doc.start(from);
        int end = doc.end(to - 1);
        for (Finding f : list) {
            if (f.label() == label && f.start() < end && start < f.end()) {
                return; // one finding per label and place is enough
            }
        }
        String explanation = key == null ? null : lexicon.text(key.indexOf('.') >= 0 ? key : label.wireName() + "." + key);
        if (explanation == null) {
            explanation = lexicon.text(label.wireName() + ".explanation");
        }
        list.add(new Finding(label, start, end, doc.text.substring(start, end), explanation,
                lexicon.text(label.wireName() + ".antidote")));
        labels.add(label);
    }

    /** Adds a finding of the semantic layer over chars [start, end): the sentence that carries it. */
    void addSemantic(Label label, int start, int end) {
        if (start < 0 || end <= start || end > doc.text.length() || list.size() >= MAX_FINDINGS || labels.contains(label)) {
            return;
        }
        String explanation = lexicon.text(label.wireName() + ".semantic");
        list.add(new Finding(label, start, end, doc.text.substring(start, end),
                explanation != null ? explanation : lexicon.text(label.wireName() + ".explanation"),
                lexicon.text(label.wireName() + ".antidote"), Layer.SEMANTIC));
        labels.add(label);
    }

    /** Withdraws every finding of a label (a veto of the semantic layer). */
    void removeLabel(Label label) {
        if (labels.remove(label)) {
            list.removeIf(f -> f.label() == label);
        }
    }

    /** Withdraws the findings of a label that start inside chars [start, end). */
    void removeWithin(Label label, int start, int end) {
        removeWithin(label, start, end, f -> true);
    }

    /** Withdraws the findings of a label that start inside chars [start, end) and that {@code which} accepts. */
    void removeWithin(Label label, int start, int end, java.util.function.Predicate<Finding> which) {
        list.removeIf(f -> f.label() == label && f.start() >= start && f.start() < end && which.test(f));
        if (list.stream().noneMatch(f -> f.label() == label)) {
            labels.remove(label);
        }
    }

    /** Withdraws the semantic layer's finding of a label when it starts inside chars [start, end). */
    void removeSemanticWithin(Label label, int start, int end) {
        list.removeIf(f -> f.label() == label && f.layer() == Layer.SEMANTIC && f.start() >= start && f.start() < end);
        if (list.stream().noneMatch(f -> f.label() == label)) {
            labels.remove(label);
        }
    }

    boolean has(Label label) {
        return labels.contains(label);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<Label> labels() {
        return List.copyOf(labels);
    }

    List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(list);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.label().compareTo(b.label()));
        return sorted;
    }
}
