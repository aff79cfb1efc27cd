package app.tandem.repair;

/** What a partner writes to name a hurt; {@code commitment} quotes the agreement, or is empty. */
public record HurtText(SubjectKind subjectKind, Long subjectId, String whatHappened, String howIFelt,
        String commitment) {}
