package app.tandem.coach;

/** Which layer of the coach made a finding. */
public enum Layer {
    /** A phrase rule or a structural analyser: precise span, a rule-specific explanation. */
    RULES,
    /** The sentence-embedding heads: they read meaning (sarcasm, paraphrase) and point at the sentence that carries it. */
    SEMANTIC;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
