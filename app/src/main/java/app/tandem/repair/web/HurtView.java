package app.tandem.repair;

import app.tandem.pause.PauseBox;
import java.util.List;
import java.util.Map;

/**
 * A hurt's page for one partner: the hurt, its attempts, and what this partner can do now
 * (repair, or accept / say what is still needed), with the form's state.
 */
public record HurtPage(Hurt hurt, long myId, String partnerName, PauseBox pauseBox, Map<String, List<String>> phrases,
        Map<String, String> values, Map<String, String> errors) {

    public boolean mine() {
        return hurt.namedBy(myId);
    }

    public boolean canRepair() {
        return !mine() && hurt.status() == HurtStatus.OPEN && hurt.pendingAttempt().isEmpty() && !pauseBox.paused();
    }

    public boolean canAnswer() {
        return mine() && hurt.pendingAttempt().isPresent() && !pauseBox.paused();
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** "within 3 hours", for the time from hurt to accepted repair. */
    public String timeToRepair() {
        return hurt.timeToRepairInWords().orElse("");
    }
}
