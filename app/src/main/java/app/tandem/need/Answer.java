package app.tandem.need;

import java.time.Instant;
import java.util.List;

/** The listener's answer: yes (with when), another way, or not now (with when to talk). */
public record Answer(AnswerKind kind, String text, When when, List<String> coachLabels, Instant answeredAt) {}
