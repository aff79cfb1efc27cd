package app.tandem.plan;

import java.time.Instant;
import java.util.List;

/** One partner's prediction: how hard it will be, what I'll likely do or feel, what I need from you (coach's labels kept). */
public record Prediction(long partnerId, String howHard, String underStress, String needFromYou, List<String> labels,
        Instant writtenAt) {}
