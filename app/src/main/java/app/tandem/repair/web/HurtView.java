package app.tandem.repair.web;

import app.tandem.kernel.Phrase;
import app.tandem.pause.PauseBox;
import app.tandem.repair.Hurt;
import app.tandem.repair.HurtAction;
import app.tandem.repair.HurtStage;
import java.util.List;
import java.util.Map;

/**
 * A hurt's page for one partner: the hurt, its attempts, and what this partner can do now
 * (repair, or accept / say what is still needed). {@code draft} is what they submitted last (a
 * {@link RepairDraft} or a {@link StillNeededDraft}), shown again with its {@code errors}.
 */
public record HurtView(Hurt hurt, long myId, String partnerName, PauseBox pauseBox, Map<String, List<String>> phrases,
        Object draft, Map<String, String> errors) {

    public boolean mine() {
        return hurt.namedBy(myId);
    }

    public boolean repaired() {
        return hurt.stage() == HurtStage.REPAIRED;
    }

    public boolean repairOffered() {
        return hurt.stage() == HurtStage.REPAIR_OFFERED;
    }

    /** Nothing is offered while the conversation is paused. */
    public boolean canRepair() {
        return hurt.can(HurtAction.REPAIR, myId) && !pauseBox.paused();
    }

    /** Accepting and saying what is still needed are offered together. */
    public boolean canAnswer() {
        return hurt.can(HurtAction.ACCEPT, myId) && !pauseBox.paused();
    }

    public RepairDraft repair() {
        return draft instanceof RepairDraft r ? r : RepairDraft.EMPTY;
    }

    public StillNeededDraft notYet() {
        return draft instanceof StillNeededDraft s ? s : StillNeededDraft.EMPTY;
    }

    /** What changed while a stale tab was open, when its submission could not go through; null otherwise. */
    public String stale() {
        return errors.get(app.tandem.web.Forms.STALE);
    }

    /** What the stale tab's submission carried. */
    public String typed() {
        if (draft instanceof RepairDraft r) {
            return r.joined();
        }
        return draft instanceof StillNeededDraft s ? s.stillNeeded() : "";
    }

    /** Whether a form on the page still holds what was typed. */
    public boolean formShown() {
        return draft instanceof RepairDraft ? canRepair() : canAnswer();
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** "within 3 hours", for the time from hurt to accepted repair. */
    public String timeToRepair() {
        return hurt.timeToRepairInWords().map(Phrase::say).orElse("");
    }
}
