package app.tandem.load;

import static app.tandem.load.Rows.at;
import static app.tandem.load.Rows.instant;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The couple's fair share: one row a couple, made the first time a split is proposed. */
@Repository
class FairShareRepository {

    private final JdbcClient jdbc;

    FairShareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FairShare find(long coupleId) {
        return jdbc.sql("""
                        select target_a, agreed_at, proposed_target_a, proposed_by, proposed_at
                        from load_fair_share where couple_id = ?""")
                .param(coupleId)
                .query((rs, n) -> new FairShare(rs.getInt(1), instant(rs, 2), (Integer) rs.getObject(3),
                        rs.getString(4) == null ? null : Owner.valueOf(rs.getString(4)), instant(rs, 5)))
                .optional().orElse(FairShare.EVEN);
    }

    /** Locks the couple's fair-share row, creating the even split first if there is none. */
    FairShare lock(long coupleId) {
        jdbc.sql("insert into load_fair_share (couple_id, target_a) values (?, 50) on conflict do nothing")
                .param(coupleId).update();
        jdbc.sql("select couple_id from load_fair_share where couple_id = ? for update").param(coupleId)
                .query(Long.class).single();
        return find(coupleId);
    }

    void propose(long coupleId, int targetA, Owner by, Instant now) {
        jdbc.sql("update load_fair_share set proposed_target_a = ?, proposed_by = ?, proposed_at = ? where couple_id = ?")
                .params(targetA, by.name(), at(now), coupleId).update();
    }

    void agree(long coupleId, Instant now) {
        jdbc.sql("""
                        update load_fair_share set target_a = proposed_target_a, agreed_at = ?,
                               proposed_target_a = null, proposed_by = null, proposed_at = null
                        where couple_id = ? and proposed_target_a is not null""")
                .params(at(now), coupleId).update();
    }

    void withdraw(long coupleId) {
        jdbc.sql("update load_fair_share set proposed_target_a = null, proposed_by = null, proposed_at = null "
                + "where couple_id = ?").param(coupleId).update();
    }
}
