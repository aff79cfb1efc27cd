package app.tandem.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Locale;
import app.tandem.web.Languages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PartnerRepository {

    private final JdbcClient jdbc;

    PartnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String email, String displayName, String passwordHash) {
        return jdbc.sql("insert into partner (email, display_name, password_hash) values (?, ?, ?) returning id")
                .params(email, displayName, passwordHash)
                .query(Long.class).single();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select exists (select 1 from partner where lower(email) = lower(?))")
                .param(email).query(Boolean.class).single();
    }

    Optional<PartnerPrincipal> findPrincipalByEmail(String email) {
        return jdbc.sql("select id, email, display_name, password_hash from partner where lower(email) = lower(?)")
                .param(email).query(PartnerRepository::principal).optional();
    }

    Optional<PartnerPrincipal> findPrincipalById(long id) {
        return jdbc.sql("select id, email, display_name, password_hash from partner where id = ?")
                .param(id).query(PartnerRepository::principal).optional();
    }

    Optional<Partner> findById(long id) {
        return jdbc.sql("select id, email, display_name, created_at, time_zone, language from partner where id = ?")
                .param(id)
                .query((rs, n) -> new Partner(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), zone(rs.getString("time_zone")),
                        Languages.parseChosen(rs.getString("language")).orElse(null)))
                .optional();
    }

    void updateDisplayName(long id, String displayName) {
        jdbc.sql("update partner set display_name = ? where id = ?").params(displayName, id).update();
    }

    void updateEmail(long id, String email) {
        jdbc.sql("update partner set email = ? where id = ?").params(email, id).update();
    }

    void updateTimeZone(long id, ZoneId zone) {
        jdbc.sql("update partner set time_zone = ? where id = ?").params(zone.getId(), id).update();
    }

    /** {@code null}: follow the browser. */
    void updateLanguage(long id, Locale language) {
        jdbc.sql("update partner set language = ? where id = ?")
                .params(language == null ? null : Languages.tag(language), id).update();
    }

    /** A zone the JDK no longer knows (renamed in a tzdata update) falls back to UTC rather than failing a page. */
    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    void updatePasswordHash(long id, String passwordHash) {
        jdbc.sql("update partner set password_hash = ? where id = ?").params(passwordHash, id).update();
    }

    private static PartnerPrincipal principal(ResultSet rs, int row) throws SQLException {
        return new PartnerPrincipal(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"));
    }

    void delete(long id) {
        jdbc.sql("delete from partner where id = ?").param(id).update();
    }
}
