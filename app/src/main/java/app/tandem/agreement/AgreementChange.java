package app.tandem.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed from one version to another: the why (old and new), and which commitments
 * were added or removed. Commitments are compared as whole sentences, which is how a
 * couple reads them.
 */
public record AgreementChange(boolean whyChanged, String oldWhy, String newWhy, List<String> added,
        List<String> removed) {

    public static AgreementChange between(AgreementVersion from, AgreementVersion to) {
        String oldWhy = from == null ? "" : from.why();
        List<String> oldCommitments = from == null ? List.of() : from.commitments();
        Set<String> before = new LinkedHashSet<>(oldCommitments);
        Set<String> after = new LinkedHashSet<>(to.commitments());
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        return new AgreementChange(!oldWhy.equals(to.why()), oldWhy, to.why(), added, removed);
    }

    public boolean isEmpty() {
        return !whyChanged && added.isEmpty() && removed.isEmpty();
    }
}
