package app.tandem.coach;

import java.util.List;

/**
 * The coach's answer for one text. {@code labels} are distinct, in the order of
 * {@link Label}; {@code suggestion} is a kinder wording, or {@code null} when the text is clean.
 */
public record Review(List<Label> labels, List<Finding> findings, String suggestion) {

    static final Review CLEAN = new Review(List.of(), List.of(), null);

    public Review {
        labels = List.copyOf(labels);
        findings = List.copyOf(findings);
    }

    public boolean isClean() {
        return labels.isEmpty();
    }
}
