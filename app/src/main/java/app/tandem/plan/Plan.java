package app.tandem.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plan as one partner may see it: the event, both sides' progress, and the predictions this
 * partner may read (their own, and the other's only once both are written).
 */
public record Plan(long id, long coupleId, PlanKind kind, String title, Instant startsAt, String place,
        String comeFindMe, String needToLeave, Instant debriefAt, Instant createdAt, Set<Long> predictedBy,
        List<Prediction> predictions, List<PlanAgreement> agreements, List<PlanTask> tasks, Set<Long> signedBy,
        List<PlanSignal> signals, List<Debrief> debriefs) {

    public PlanStage stage() {
        if (predictedBy.size() < 2) {
            return PlanStage.PREDICTING;
        }
        return signedBy.size() < 2 ? PlanStage.PLANNING : PlanStage.SIGNED;
    }

    public boolean revealed() {
        return predictedBy.size() >= 2;
    }

    public boolean predicted(long partnerId) {
        return predictedBy.contains(partnerId);
    }

    public boolean signed(long partnerId) {
        return signedBy.contains(partnerId);
    }

    public Optional<Prediction> predictionOf(long partnerId) {
        return predictions.stream().filter(p -> p.partnerId() == partnerId).findFirst();
    }

    public Optional<Debrief> debriefOf(long partnerId) {
        return debriefs.stream().filter(d -> d.partnerId() == partnerId).findFirst();
    }

    /** The latest signal from {@code partnerId} the other has not acknowledged yet. */
    public Optional<PlanSignal> unseenFrom(long partnerId) {
        return signals.stream().filter(s -> s.sentBy() == partnerId && s.seenAt() == null).findFirst();
    }

    public boolean over(Instant now) {
        return !startsAt.isAfter(now);
    }

    /** "Come find me", or the couple's own word for it. */
    public String wordFor(SignalKind kind) {
        String own = kind == SignalKind.COME_FIND_ME ? comeFindMe : needToLeave;
        return own.isBlank() ? kind.words() : own;
    }
}
