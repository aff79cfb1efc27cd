package app.tandem.plan;

/** A note for my "hard for me / helps me" list, checked. */
public record NewKnowMeItem(KnowMeKind kind, String text, boolean shared) {}
