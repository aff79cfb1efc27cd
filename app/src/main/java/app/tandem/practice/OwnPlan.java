package app.tandem.practice;

import java.time.Instant;
import java.time.LocalDate;

/** Something I do for myself (friends, a class, exercise), planned and marked done privately. */
public record OwnPlan(long id, String text, LocalDate plannedFor, Instant createdAt, Instant doneAt) {

    public boolean done() {
        return doneAt != null;
    }
}
