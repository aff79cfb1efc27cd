package app.tandem.plan.web;

import app.tandem.kernel.LocalTimes;
import app.tandem.kernel.Phrase;
import app.tandem.plan.Debrief;
import app.tandem.plan.KnowMeItem;
import app.tandem.plan.Plan;
import app.tandem.plan.PlanAction;
import app.tandem.plan.PlanAgreement;
import app.tandem.plan.PlanSignal;
import app.tandem.plan.PlanStage;
import app.tandem.plan.PlanTask;
import app.tandem.plan.Prediction;
import app.tandem.plan.SignalKind;
import app.tandem.web.CoachNote;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A plan as one partner sees it: typed questions for the template (view.canShape()), never stage names. */
public record PlanView(Plan plan, long me, long partner, String myName, String partnerName, LocalTimes myTimes,
        LocalTimes partnerTimes, Instant now, List<String> lessons, List<KnowMeItem> sharedWithMe,
        PredictionDraft prediction, List<CoachNote> notes, DebriefDraft debrief, Map<String, String> errors) {

    public String when() {
        String mine = myTimes.momentInZone(plan.startsAt());
        return sameZone() ? mine
                : Phrase.of("plan.show.whenForPartner", mine, partnerTimes.clockInZone(plan.startsAt()), partnerName).say();
    }

    public String debriefWhen() {
        return plan.debriefAt() == null ? "" : myTimes.momentInZone(plan.debriefAt());
    }

    public String debriefInput() {
        return plan.debriefAt() == null ? myTimes.inputValue(plan.startsAt().plusSeconds(20 * 3600))
                : myTimes.inputValue(plan.debriefAt());
    }

    private boolean sameZone() {
        return myTimes.zone().getRules().getOffset(plan.startsAt())
                .equals(partnerTimes.zone().getRules().getOffset(plan.startsAt()));
    }

    public String stageWords() {
        return Phrase.of("plan.stage." + plan.stage().wireName()).say();
    }

    public boolean canPredict() {
        return PlanAction.PREDICT.allowedIn(plan.stage());
    }

    public boolean canShape() {
        return PlanAction.SHAPE.allowedIn(plan.stage());
    }

    public boolean canSign() {
        return PlanAction.SIGN.allowedIn(plan.stage()) && !plan.signed(me) && !plan.agreements().isEmpty();
    }

    public boolean signedByMe() {
        return plan.signed(me);
    }

    public boolean signedByPartner() {
        return plan.signed(partner);
    }

    public boolean revealed() {
        return plan.revealed();
    }

    public boolean iPredicted() {
        return plan.predicted(me);
    }

    public boolean partnerPredicted() {
        return plan.predicted(partner);
    }

    public Optional<Prediction> mine() {
        return plan.predictionOf(me);
    }

    /** Empty until both are written: the repository does not even read it before then. */
    public Optional<Prediction> theirs() {
        return plan.predictionOf(partner);
    }

    public boolean over() {
        return plan.over(now);
    }

    public boolean canDebrief() {
        return over() && PlanAction.DEBRIEF.allowedIn(plan.stage());
    }

    public Optional<Debrief> myDebrief() {
        return plan.debriefOf(me);
    }

    public Optional<Debrief> partnerDebrief() {
        return plan.debriefOf(partner);
    }

    /** The suggestions not yet agreed, in the couple's own words to change. */
    public List<String> suggestions() {
        Set<String> agreed = plan.agreements().stream().map(a -> a.text().strip().toLowerCase()).collect(Collectors.toSet());
        return plan.kind().suggestedAgreements().stream().filter(s -> !agreed.contains(s.toLowerCase())).toList();
    }

    public List<PlanAgreement> agreements() {
        return plan.agreements();
    }

    public List<PlanTask> tasks() {
        return plan.tasks();
    }

    public String ownerOf(PlanTask task) {
        return task.ownerId() != null && task.ownerId() == me ? Phrase.of("plan.show.me").say() : partnerName;
    }

    public String signalWord(SignalKind kind) {
        return plan.wordFor(kind);
    }

    public SignalKind comeFindMe() {
        return SignalKind.COME_FIND_ME;
    }

    public SignalKind needToLeave() {
        return SignalKind.NEED_TO_LEAVE;
    }

    /** A signal my partner sent that waits for my one tap. */
    public Optional<PlanSignal> incoming() {
        return plan.unseenFrom(partner);
    }

    /** The last signal I sent, and whether my partner saw it. */
    public Optional<PlanSignal> lastSent() {
        return plan.signals().stream().filter(s -> s.sentBy() == me).findFirst();
    }

    public String sentWords(PlanSignal s) {
        return s.seen() ? Phrase.of("plan.show.signal.seen", partnerName, myTimes.clockInZone(s.seenAt())).say()
                : Phrase.of("plan.show.signal.notSeen", myTimes.clockInZone(s.sentAt()), partnerName).say();
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public PlanStage stage() {
        return plan.stage();
    }
}
