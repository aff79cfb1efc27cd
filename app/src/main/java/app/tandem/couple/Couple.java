package app.tandem.couple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A partner's couple as they see it: its partners (one while waiting for the other to join,
 * then two) and, while waiting, the live invite. The revision is the database's count of changes
 * to the couple's shared life: anything read of the couple at a revision is current while the
 * revision stays the same.
 */
public record Couple(long id, Instant createdAt, List<Member> members, Optional<Invite> invite, long revision) {

    /** A partner in the couple. */
    public record Member(long partnerId, String displayName, Instant joinedAt) {}

    /** A single-use, expiring code with which the second partner joins. */
    public record Invite(String code, Instant expiresAt) {
        public String displayCode() {
            return InviteCode.display(code);
        }
    }

    public boolean complete() {
        return members.size() == 2;
    }

    /** The other partner, once they have joined. */
    public Optional<Member> partnerOf(long partnerId) {
        return members.stream().filter(m -> m.partnerId() != partnerId).findFirst();
    }
}
