package app.tandem.couple;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CoupleRepository {

    /** A live invite row, locked for the join that uses it. */
    record InviteRow(long id, long coupleId, Instant expiresAt, Instant usedAt, Instant revokedAt) {}

    private final JdbcClient jdbc;

    CoupleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> activeCoupleOf(long partnerId) {
        return jdbc.sql("select couple_id from couple_member where partner_id = ? and left_at is null")
                .param(partnerId).query(Long.class).optional();
    }

    List<Long> coupleIdsEver(long partnerId) {
        return jdbc.sql("select couple_id from couple_member where partner_id = ? order by joined_at")
                .param(partnerId).query(Long.class).list();
    }

    /** The couple with its partners and live invite, in one round trip. */
    Optional<Couple> find(long coupleId, Instant now) {
        return couple("c.id = ?", coupleId, now);
    }

    /** The partner's active couple, found as {@link #find} finds one: home asks on every visit. */
    Optional<Couple> findByPartner(long partnerId, Instant now) {
        return couple("c.id = (select couple_id from couple_member where partner_id = ? and left_at is null)",
                partnerId, now);
    }

    private Optional<Couple> couple(String which, long id, Instant now) {
        List<CoupleRow> rows = jdbc.sql("""
                        select c.id, c.created_at, m.partner_id, p.display_name, m.joined_at, i.code, i.expires_at,
                               c.revision
                        from couple c
                        join couple_member m on m.couple_id = c.id and m.left_at is null
                        join partner p on p.id = m.partner_id
                        left join lateral (
                            select code, expires_at from invite
                            where couple_id = c.id and used_at is null and revoked_at is null and expires_at > ?
                            order by created_at desc limit 1) i on true
                        where %s and c.dissolved_at is null
                        order by m.joined_at, m.partner_id""".formatted(which))
                .params(at(now), id)
                .query((rs, n) -> new CoupleRow(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)),
                        new Couple.Member(rs.getLong(3), rs.getString(4), instant(rs.getObject(5, OffsetDateTime.class))),
                        rs.getString(6) == null ? null
                                : new Couple.Invite(rs.getString(6), instant(rs.getObject(7, OffsetDateTime.class))),
                        rs.getLong(8)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        CoupleRow first = rows.get(0);
        return Optional.of(new Couple(first.id(), first.createdAt(), rows.stream().map(CoupleRow::member).toList(),
                Optional.ofNullable(first.invite()), first.revision()));
    }

    /** One member's row of {@link #find}: the couple's columns repeat on each. */
    private record CoupleRow(long id, Instant createdAt, Couple.Member member, Couple.Invite invite, long revision) {}

    long create(long partnerId, Instant now) {
        long coupleId = jdbc.sql("insert into couple (created_at) values (?) returning id")
                .param(at(now)).query(Long.class).single();
        addMember(coupleId, partnerId, now);
        return coupleId;
    }

    void addMember(long coupleId, long partnerId, Instant now) {
        jdbc.sql("insert into couple_member (couple_id, partner_id, joined_at) values (?, ?, ?)")
                .params(coupleId, partnerId, at(now)).update();
    }

    /** Locks the couple row, so two partners joining at once cannot both become its second. */
    int lockAndCountMembers(long coupleId) {
        jdbc.sql("select id from couple where id = ? for update").param(coupleId).query(Long.class).optional();
        return jdbc.sql("select count(*) from couple_member where couple_id = ? and left_at is null")
                .param(coupleId).query(Integer.class).single();
    }

    void insertInvite(long coupleId, long createdBy, String code, Instant now, Instant expiresAt) {
        jdbc.sql("insert into invite (couple_id, created_by, code, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(coupleId, createdBy, code, at(now), at(expiresAt)).update();
    }

    int revokeInvites(long coupleId, Instant now) {
        return jdbc.sql("update invite set revoked_at = ? where couple_id = ? and used_at is null and revoked_at is null")
                .params(at(now), coupleId).update();
    }

    Optional<InviteRow> lockInvite(String code) {
        return jdbc.sql("select id, couple_id, expires_at, used_at, revoked_at from invite where code = ? for update")
                .param(code)
                .query((rs, n) -> new InviteRow(rs.getLong(1), rs.getLong(2),
                        instant(rs.getObject(3, OffsetDateTime.class)), instant(rs.getObject(4, OffsetDateTime.class)),
                        instant(rs.getObject(5, OffsetDateTime.class))))
                .optional();
    }

    void markInviteUsed(long inviteId, long usedBy, Instant now) {
        jdbc.sql("update invite set used_at = ?, used_by = ? where id = ?").params(at(now), usedBy, inviteId).update();
    }

    void dissolve(long coupleId, long by, Instant now) {
        jdbc.sql("update couple set dissolved_at = ?, dissolved_by = ? where id = ?").params(at(now), by, coupleId).update();
        jdbc.sql("update couple_member set left_at = ? where couple_id = ? and left_at is null")
                .params(at(now), coupleId).update();
        // The one who left has seen it; the other sees it on their next visit.
        jdbc.sql("update couple_member set dissolution_seen_at = ? where couple_id = ? and partner_id = ?")
                .params(at(now), coupleId, by).update();
        revokeInvites(coupleId, now);
    }

    Optional<Dissolution> unseenDissolution(long partnerId) {
        return jdbc.sql("""
                        select c.id, p.display_name, c.dissolved_at
                        from couple_member m
                        join couple c on c.id = m.couple_id
                        left join partner p on p.id = c.dissolved_by
                        where m.partner_id = ? and c.dissolved_at is not null and m.dissolution_seen_at is null
                        order by c.dissolved_at desc limit 1""")
                .param(partnerId)
                .query((rs, n) -> new Dissolution(rs.getLong(1), rs.getString(2) == null ? "Your partner" : rs.getString(2),
                        instant(rs.getObject(3, OffsetDateTime.class))))
                .optional();
    }

    void markDissolutionsSeen(long partnerId, Instant now) {
        jdbc.sql("update couple_member set dissolution_seen_at = ? where partner_id = ? and left_at is not null "
                        + "and dissolution_seen_at is null")
                .params(at(now), partnerId).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
