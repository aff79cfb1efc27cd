package app.tandem.plan;

import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.Phrase;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What we know about each other: each partner's own "hard for me / helps me" notes, kept by
 * partner (every write is by the writer's own id), and read by the other only item by item, as
 * the writer shares them, and only while they are a couple.
 */
@Service
public class KnowMeService {

    public static final int MAX_ITEMS = 50;

    private final JdbcClient jdbc;
    private final CoupleService couples;
    private final Clock clock;

    KnowMeService(JdbcClient jdbc, CoupleService couples, Clock clock) {
        this.jdbc = jdbc;
        this.couples = couples;
        this.clock = clock;
    }

    public List<KnowMeItem> mine(long partnerId) {
        return items("select * from know_me_item where private_to = ? order by kind, created_at, id", partnerId);
    }

    /** What my partner chose to let me see; nothing when I am in no couple. */
    public List<KnowMeItem> sharedWithMe(long partnerId) {
        return couples.coupleOf(partnerId).flatMap(c -> c.partnerOf(partnerId)).map(Couple.Member::partnerId)
                .map(other -> items("select * from know_me_item where private_to = ? and shared order by kind, created_at, id",
                        other))
                .orElse(List.of());
    }

    @Transactional
    public KnowMeItem add(long partnerId, NewKnowMeItem item) {
        int count = jdbc.sql("select count(*) from know_me_item where private_to = ?").param(partnerId)
                .query(Integer.class).single();
        if (count >= MAX_ITEMS) {
            throw new ConflictException(Phrase.of("plan.conflict.too-many-notes", MAX_ITEMS));
        }
        long id = jdbc.sql("insert into know_me_item (private_to, kind, text, shared, created_at) values (?, ?, ?, ?, ?) "
                        + "returning id")
                .params(partnerId, item.kind().name(), item.text(), item.shared(), Rows.at(clock.instant()))
                .query(Long.class).single();
        return find(partnerId, id);
    }

    @Transactional
    public KnowMeItem share(long partnerId, long id, boolean shared) {
        if (jdbc.sql("update know_me_item set shared = ? where id = ? and private_to = ?").params(shared, id, partnerId)
                .update() == 0) {
            throw new NotFoundException("Note");
        }
        return find(partnerId, id);
    }

    @Transactional
    public void remove(long partnerId, long id) {
        if (jdbc.sql("delete from know_me_item where id = ? and private_to = ?").params(id, partnerId).update() == 0) {
            throw new NotFoundException("Note");
        }
    }

    private KnowMeItem find(long partnerId, long id) {
        return items("select * from know_me_item where private_to = ? and id = " + id, partnerId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Note"));
    }

    private List<KnowMeItem> items(String sql, long partnerId) {
        return jdbc.sql(sql).param(partnerId)
                .query((rs, n) -> new KnowMeItem(rs.getLong("id"), rs.getLong("private_to"),
                        KnowMeKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getBoolean("shared"),
                        Rows.instant(rs, "created_at")))
                .list();
    }
}
