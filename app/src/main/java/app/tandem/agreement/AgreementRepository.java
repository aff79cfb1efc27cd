package app.tandem.agreement;

import app.tandem.kernel.SqlList;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agreement's versions. Every query is scoped by couple. */
@Repository
class AgreementRepository {

    private static final String IN_FORCE = SqlList.of(AgreementStatus.IN_FORCE);

    private static final String SELECT = """
            select v.id, v.number, v.base_number, v.why, v.commitments, v.status, v.proposed_by, p.display_name as proposer,
                   v.proposed_at, v.signed_by, s.display_name as signer, v.signed_at
            from agreement_version v
            join partner p on p.id = v.proposed_by
            left join partner s on s.id = v.signed_by
            """;

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgreementVersion> all(long coupleId) {
        return jdbc.sql(SELECT + " where v.couple_id = ? order by v.number desc")
                .param(coupleId).query(AgreementRepository::version).list();
    }

    Optional<AgreementVersion> byId(long coupleId, long id) {
        return jdbc.sql(SELECT + " where v.couple_id = ? and v.id = ?")
                .params(coupleId, id).query(AgreementRepository::version).optional();
    }

    Optional<AgreementVersion> byNumber(long coupleId, int number) {
        return jdbc.sql(SELECT + " where v.couple_id = ? and v.number = ?")
                .params(coupleId, number).query(AgreementRepository::version).optional();
    }

    Optional<AgreementVersion> head(long coupleId) {
        return jdbc.sql(SELECT + " where v.couple_id = ? order by v.number desc limit 1")
                .param(coupleId).query(AgreementRepository::version).optional();
    }

    /** The newest version and the one in force (often the same), newest first, in one query. */
    List<AgreementVersion> headAndInForce(long coupleId) {
        return jdbc.sql(SELECT + """
                         where v.couple_id = ? and (v.status = %s
                            or v.number = (select max(number) from agreement_version where couple_id = ?))
                        order by v.number desc""".formatted(IN_FORCE))
                .params(coupleId, coupleId).query(AgreementRepository::version).list();
    }

    Optional<AgreementVersion> inForce(long coupleId) {
        return jdbc.sql(SELECT + " where v.couple_id = ? and v.status = " + IN_FORCE)
                .param(coupleId).query(AgreementRepository::version).optional();
    }

    /**
     * Serialises saves and signatures of one couple's agreement until the transaction ends, so
     * the second of two simultaneous saves sees the first and is told what changed.
     */
    void lockAgreementOf(long coupleId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('agreement'), ?::int)").param(coupleId).query().singleValue();
    }

    /** Fails with a duplicate key when another save took this number first. */
    long insert(long coupleId, int number, int baseNumber, String why, List<String> commitments, long proposedBy,
            Instant at) {
        return jdbc.sql("""
                        insert into agreement_version (couple_id, number, base_number, why, commitments, status,
                                                       proposed_by, proposed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(coupleId, number, baseNumber == 0 ? null : baseNumber, why, commitments.toArray(String[]::new),
                        AgreementStatus.PROPOSED.name(), proposedBy, at(at))
                .query(Long.class).single();
    }

    /** @return whether the version was still in {@code from} (so exactly one request moves it) */
    boolean setStatus(long id, AgreementStatus from, AgreementStatus to) {
        return jdbc.sql("update agreement_version set status = ? where id = ? and status = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    /** @return whether the version was still in {@code from} (so exactly one signature moves it) */
    boolean sign(long id, AgreementStatus from, AgreementStatus to, long signedBy, Instant at) {
        return jdbc.sql("update agreement_version set status = ?, signed_by = ?, signed_at = ? where id = ? and status = ?")
                .params(to.name(), signedBy, at(at), id, from.name()).update() == 1;
    }

    private static AgreementVersion version(ResultSet rs, int row) throws SQLException {
        Array commitments = rs.getArray("commitments");
        return new AgreementVersion(rs.getLong("id"), rs.getInt("number"), (Integer) rs.getObject("base_number"),
                rs.getString("why"), List.of((String[]) commitments.getArray()),
                AgreementStatus.valueOf(rs.getString("status")), rs.getLong("proposed_by"), rs.getString("proposer"),
                instant(rs.getObject("proposed_at", OffsetDateTime.class)), (Long) rs.getObject("signed_by"),
                rs.getString("signer"), instant(rs.getObject("signed_at", OffsetDateTime.class)));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
