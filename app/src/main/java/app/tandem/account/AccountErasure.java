package app.tandem.account;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a deleted partner wrote inside rows their partner owns. Rows the partner owns alone
 * (needs asked, bids made, hurts named, repair attempts, reminders, pauses) go with the account
 * through the database's cascades; these are the words that sit in the other partner's rows and
 * would otherwise stay: the listener's reflections and answers, the responses to bids, and
 * agreement proposals nobody signed. They live in several features' tables, and are listed
 * here, in one place, so that one reading shows the whole of it; AccountDeletionTest checks,
 * through the other partner's export, that no word of the deleted partner is left.
 */
@Repository
class AccountErasure {

    private static final String MY_COUPLES = "(select couple_id from couple_member where partner_id = :me)";

    private final JdbcClient jdbc;

    AccountErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void eraseWordsOf(long partnerId) {
        run("delete from reflection r using need n where r.need_id = n.id and n.asker_id <> :me and n.couple_id in "
                + MY_COUPLES, partnerId);
        run("update need set answer_text = null, answer_labels = null, answer_when_at = null, answer_when_period = null "
                + "where asker_id <> :me and answer_kind is not null and couple_id in " + MY_COUPLES, partnerId);
        run("update bid set response_text = null, response_labels = null where bidder_id <> :me and couple_id in "
                + MY_COUPLES, partnerId);
        run("delete from agreement_version where proposed_by = :me and signed_by is null", partnerId);
    }

    /** Of these couples, those nobody is a member of any more (one still waiting for its second partner). */
    void dropEmpty(List<Long> coupleIds) {
        if (!coupleIds.isEmpty()) {
            jdbc.sql("delete from couple c where c.id in (:ids) "
                            + "and not exists (select 1 from couple_member m where m.couple_id = c.id)")
                    .param("ids", coupleIds).update();
        }
    }

    private void run(String sql, long partnerId) {
        jdbc.sql(sql).param("me", partnerId).update();
    }
}
