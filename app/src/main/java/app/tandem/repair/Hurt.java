package app.tandem.repair;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.Phrase;
import app.tandem.kernel.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A partner naming that something hurt (what happened, how I felt), optionally invoking a
 * commitment of the agreement, and the repair attempts that follow. {@code coachLabels} are
 * the coach's labels on the hurt as it was sent.
 */
public record Hurt(long id, long namedBy, String namedByName, SubjectKind subjectKind, Long subjectId,
        String whatHappened, String howIFelt, String commitment, List<String> coachLabels, HurtStatus status,
        Instant createdAt, Instant repairedAt, List<RepairAttempt> attempts) {

    /**
     * The vulnerable form: what hurt, and — when invoked — what we agreed. A partner who already
     * wrote "That hurt", "I felt" or "We agreed" in their own words does not hear them twice.
     */
    public String message() {
        StringBuilder text = new StringBuilder();
        if (!startsWith(whatHappened, "that hurt") && !startsWith(howIFelt, "that hurt")) {
            text.append("That hurt. ");
        }
        text.append(sentence(whatHappened)).append(' ');
        text.append(startsWith(howIFelt, "i ") || startsWith(howIFelt, "that hurt") ? sentence(howIFelt)
                : "I felt " + stripEnd(howIFelt) + ".");
        if (commitment != null) {
            text.append(startsWith(commitment, "we agreed") ? " " + stripEnd(commitment) + "."
                    : " We agreed: “" + stripEnd(commitment) + ".”");
            text.append(" I'm telling you I need your care.");
        }
        return text.toString();
    }

    private static boolean startsWith(String text, String words) {
        return text.strip().toLowerCase(java.util.Locale.ROOT).startsWith(words);
    }

    public Optional<RepairAttempt> pendingAttempt() {
        return attempts.stream().filter(RepairAttempt::pending).findFirst();
    }

    public HurtStage stage() {
        if (status == HurtStatus.REPAIRED) {
            return HurtStage.REPAIRED;
        }
        return pendingAttempt().isPresent() ? HurtStage.REPAIR_OFFERED : HurtStage.OPEN;
    }

    /**
     * The stage {@code action} by {@code partnerId} leads to, or why not: 404 for the partner
     * the action is not theirs to take, 409 for the wrong time.
     */
    HurtStage check(HurtAction action, long partnerId) {
        if (!rightPartnerFor(action, partnerId)) {
            throw new NotFoundException("Hurt");
        }
        if (!action.allowedIn(stage())) {
            throw new ConflictException(action.whyNot(stage(), namedByName));
        }
        return action.leadsTo();
    }

    /** Whether {@code partnerId} may take {@code action} now (a pause aside): what the page offers. */
    public boolean can(HurtAction action, long partnerId) {
        return rightPartnerFor(action, partnerId) && action.allowedIn(stage());
    }

    private boolean rightPartnerFor(HurtAction action, long partnerId) {
        return action.role() == HurtAction.Role.NAMER ? namedBy(partnerId) : !namedBy(partnerId);
    }

    /** From naming the hurt to the accepted repair; empty while it is open. */
    public Optional<Duration> timeToRepair() {
        return repairedAt == null ? Optional.empty() : Optional.of(Duration.between(createdAt, repairedAt));
    }

    /**
     * The way back, in words a couple would use ("within the hour", "within 3 hours", "after 2
     * days"): a repair is not a race, and "2 h 5 min" read like a stopwatch.
     */
    public Optional<Phrase> timeToRepairInWords() {
        return timeToRepair().map(d -> {
            if (d.toMinutes() < 60) {
                return Phrase.of("repair.time.within-the-hour");
            }
            if (d.toHours() < 24) {
                return Phrase.of("repair.time.hours", d.toHours() + (d.toMinutesPart() > 0 ? 1 : 0));
            }
            return Phrase.of("repair.time.days", d.toDays());
        });
    }

    public boolean namedBy(long partnerId) {
        return namedBy == partnerId;
    }

    private static String sentence(String text) {
        String s = text.strip();
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }

    private static String stripEnd(String text) {
        String s = text.strip();
        while (!s.isEmpty() && ".!".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
