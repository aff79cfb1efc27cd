package app.tandem.repair;

import java.time.Instant;
import java.util.List;

/** The partner's repair: acknowledge, apologise, say what they will do. */
public record RepairAttempt(long id, long madeBy, String acknowledge, String apologise, String willDo,
        List<String> coachLabels, RepairStatus status, String stillNeeded, Instant createdAt, Instant answeredAt) {

    public boolean pending() {
        return status == RepairStatus.PENDING;
    }

    public boolean accepted() {
        return status == RepairStatus.ACCEPTED;
    }

    public boolean notYet() {
        return status == RepairStatus.NOT_YET;
    }
}
