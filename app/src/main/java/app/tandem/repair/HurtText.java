package app.tandem.repair;

/**
 * A hurt to name, checked by its input: the texts trimmed and within their limits,
 * {@code subjectId} null unless it is about a need or bid, and {@code commitment} quoted word for
 * word from the agreement in force ({@link Quotable}), or null.
 */
public record HurtText(SubjectKind subjectKind, Long subjectId, String whatHappened, String howIFelt,
        String commitment) {}
