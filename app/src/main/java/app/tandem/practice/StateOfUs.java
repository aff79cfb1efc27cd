package app.tandem.practice;

import app.tandem.kernel.ConflictException;
import java.time.Instant;
import java.util.List;

/**
 * One weekly "state of us": when it is planned, its one issue's turns, and whether it is over.
 * Whoever takes the first turn on the issue is its speaker; the turns then alternate.
 */
public record StateOfUs(long id, long coupleId, Instant scheduledFor, Long issueSpeaker, Instant createdAt,
        Instant closedAt, List<Turn> turns) {

    public boolean open() {
        return closedAt == null;
    }

    public TurnRole nextRole() {
        return turns.isEmpty() ? TurnRole.SPEAKER : turns.get(turns.size() - 1).role().next();
    }

    /** Whose turn it is, or null when the issue has no speaker yet (either may begin). */
    public Long nextPartner(long me, long partner) {
        if (issueSpeaker == null) {
            return null;
        }
        long listener = issueSpeaker == me ? partner : me;
        return nextRole() == TurnRole.SPEAKER ? issueSpeaker : listener;
    }

    public boolean canTakeTurn(long partnerId, long otherId) {
        Long next = nextPartner(partnerId, otherId);
        return open() && (next == null || next == partnerId);
    }

    /** The role {@code partnerId} takes now, or 409 with the reason. */
    TurnRole checkTurn(long partnerId, long otherId) {
        if (!open()) {
            throw new ConflictException("This state of us is over; start next week's.");
        }
        if (!canTakeTurn(partnerId, otherId)) {
            throw new ConflictException(nextRole() == TurnRole.SPEAKER
                    ? "It is the speaker's turn: listen, and wait until they have said more."
                    : "It is your partner's turn to reflect what they heard.");
        }
        return nextRole();
    }
}
