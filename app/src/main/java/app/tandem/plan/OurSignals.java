package app.tandem.plan;

/** Our words or gestures for "come find me" and "I need to leave"; blank keeps the plain words. */
public record OurSignals(String comeFindMe, String needToLeave) {}
