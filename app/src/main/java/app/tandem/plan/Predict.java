package app.tandem.plan;

/** My prediction, checked. */
public record Predict(String howHard, String underStress, String needFromYou) {}
