package app.tandem.coach.lexicon;

import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import java.util.List;
import java.util.Set;

/**
 * A phrase rule from a rules/*.txt file, compiled: a short sequence of elements matched
 * token by token. Gaps are bounded and patterns are short, so matching at one position costs
 * a constant amount of work and a whole text costs time linear in its length.
 */
public final class PhraseRule {

    static final int MAX_GAP = 4;

    private final Label label;
    private final List<Element> elements;
    private final boolean atSentenceStart;
    private final Set<Kind> kinds;
    private final boolean inRequest;
    private final boolean unnegated;
    private final boolean wholeText;
    private final int unlessClass;
    private final String key;
    private final String source;

    PhraseRule(Label label, List<Element> elements, boolean atSentenceStart, Set<Kind> kinds,
               boolean inRequest, boolean unnegated, boolean wholeText, int unlessClass, String key, String source) {
        this.label = label;
        this.elements = List.copyOf(elements);
        this.atSentenceStart = atSentenceStart;
        this.kinds = Set.copyOf(kinds);
        this.inRequest = inRequest;
        this.unnegated = unnegated;
        this.wholeText = wholeText;
        this.unlessClass = unlessClass;
        this.key = key;
        this.source = source;
    }

    public Label label() {
        return label;
    }

    List<Element> elements() {
        return elements;
    }

    public boolean atSentenceStart() {
        return atSentenceStart;
    }

    /** The kinds of text the rule reads: all three unless a flag (need, reply, reflection) narrows it. */
    public boolean appliesTo(Kind kind) {
        return kinds.contains(kind);
    }

    /** The match must start inside a request ("I need you to …", "Could you …", "Please …"). */
    public boolean inRequest() {
        return inRequest;
    }

    /** The match must not start inside the scope of a negation ("don't forget it" is no "forget it"). */
    public boolean unnegated() {
        return unnegated;
    }

    /** The match must cover every word of the text ("Fine." alone, not "Fine with me"). */
    public boolean wholeText() {
        return wholeText;
    }

    /** A word class whose presence anywhere in the text cancels the rule, or -1. */
    public int unlessClass() {
        return unlessClass;
    }

    /** The explanation key in texts.properties, e.g. "criticism.absolute"; null for the label's default. */
    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return source;
    }
}
