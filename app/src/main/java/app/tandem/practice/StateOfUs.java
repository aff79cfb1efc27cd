package app.tandem.practice;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.Phrase;
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
            throw new ConflictException(Phrase.of("practice.conflict.this-state-of-us"));
        }
        if (!canTakeTurn(partnerId, otherId)) {
            throw new ConflictException(Phrase.of(nextRole() == TurnRole.SPEAKER
                    ? "practice.conflict.speakers-turn" : "practice.conflict.listeners-turn"));
        }
        return nextRole();
    }
}
