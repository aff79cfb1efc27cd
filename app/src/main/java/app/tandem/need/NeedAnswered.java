package app.tandem.need;

import java.time.Instant;

/** The listener answered a need; features that asked through a need (a load hand-over) act on a yes. */
public record NeedAnswered(long needId, long coupleId, long answeredBy, AnswerKind kind, Instant at) {}
