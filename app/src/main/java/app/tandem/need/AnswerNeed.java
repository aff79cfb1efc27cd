package app.tandem.need;

/** The listener's answer, checked: a kind, its text (required for another way), and its when (required for not now). */
public record AnswerNeed(AnswerKind kind, String text, When when) {}
