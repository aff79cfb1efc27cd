package app.tandem.load.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.LocalTimes;
import app.tandem.kernel.Phrase;
import app.tandem.load.LogDone;
import app.tandem.load.Owner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One occurrence as submitted. {@code doneBy} is "A", "B" or "shared" (empty: me). When it was
 * done is a calendar {@code day} (the page's date picker; noon in the partner's zone, or now if it is
 * their today) or an
 * instant {@code doneAt} (an API client's); neither means now.
 */
record DoneDraft(String doneBy, String day, String doneAt) {

    static final DoneDraft NOW_BY_ME = new DoneDraft("", "", "");

    public DoneDraft {
        doneBy = ItemDraft.orEmpty(doneBy).strip();
        day = ItemDraft.orEmpty(day).strip();
        doneAt = ItemDraft.orEmpty(doneAt).strip();
    }

    LogDone toCommand(Instant now, LocalTimes times) {
        FieldErrors errors = new FieldErrors();
        Owner who = doneBy.isEmpty() ? null : Owner.parse(doneBy);
        if (!doneBy.isEmpty() && who == null) {
            errors.add("doneBy", Phrase.of("load.error.done-by"));
        }
        Instant when = null;
        if (!day.isEmpty() && !doneAt.isEmpty()) {
            errors.add("day", Phrase.of("load.error.day"));
        } else if (!day.isEmpty()) {
            when = checked(errors, "day", dayAt(errors, now, times), now);
        } else if (!doneAt.isEmpty()) {
            when = checked(errors, "doneAt", instant(errors), now);
        }
        Instant at = when;
        return errors.orThrow(() -> new LogDone(who, at));
    }

    private Instant dayAt(FieldErrors errors, Instant now, LocalTimes times) {
        try {
            LocalDate date = LocalDate.parse(day);
            return date.equals(times.today(now)) ? null : times.noonOf(date);
        } catch (DateTimeParseException e) {
            errors.add("day", Phrase.of("load.error.day.pick-a-day"));
            return null;
        }
    }

    private Instant instant(FieldErrors errors) {
        try {
            return Instant.parse(doneAt);
        } catch (DateTimeParseException e) {
            errors.add("doneAt", Phrase.of("load.error.done-at"));
            return null;
        }
    }

    private static Instant checked(FieldErrors errors, String field, Instant when, Instant now) {
        if (when != null) {
            LogDone.outOfRange(when, now).ifPresent(why -> errors.add(field, why));
        }
        return when;
    }
}
