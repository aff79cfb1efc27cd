package app.tandem.export;

import app.tandem.couple.CoupleService;
import app.tandem.kernel.SqlList;
import app.tandem.need.NeedStatus;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything Tandem holds about a partner, as one JSON document: their account (without the
 * password hash) and their own settings (without secrets), and for every couple they have been
 * in, every row of every table of couple data, table by table. The tables are found in the schema (every table with a couple_id, and
 * the two that belong to a couple through a need or a hurt), so a feature added later is
 * exported without anyone remembering to. The other partner's drafts stay theirs: they are
 * left out, with the reflections on them. What is one partner's alone (check-ins, chosen
 * practices, plans of their own) sits in tables with a {@code private_to} column and no
 * couple_id: those rows come in "mine", the exporting partner's own and nobody else's.
 */
@Service
public class DataExport {

    private static final String NOT_THEIR_DRAFT = "(status <> " + SqlList.of(NeedStatus.DRAFT) + " or asker_id = :me)";
    /** Tables that belong to a couple through another table: how to find a couple's rows. */
    private static final Map<String, String> THROUGH = Map.of(
            "reflection", "need_id in (select id from need where couple_id = :couple and " + NOT_THEIR_DRAFT + ")",
            "repair_attempt", "hurt_id in (select id from hurt where couple_id = :couple)");
    /**
     * One partner's own tables (a partner_id and no couple): the columns exported. What is left
     * out is a secret, not data about them: a token's hash, a device's push address and keys.
     */
    static final Map<String, String> OWN_TABLES = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            "notification_preference", "topic, reach",
            "notification_setting", "quiet_from, quiet_until, include_text",
            "push_subscription", "id, label, created_at",
            "api_token", "id, created_at, revoked_at",
            "calendar_feed", "with_titles, created_at",
            "email_change", "new_email, created_at, expires_at, used_at",
            "password_reset", "created_at, expires_at, used_at")));
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final CoupleService couples;
    private final ObjectMapper json;
    private final Clock clock;

    DataExport(JdbcClient jdbc, CoupleService couples, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.couples = couples;
        this.json = json;
        this.clock = clock;
    }

    /** One consistent reading (repeatable read), however long the history. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public JsonNode of(long partnerId) {
        ObjectNode export = json.createObjectNode();
        export.put("exportedAt", clock.instant().toString());
        export.put("format", "Tandem export 1: each couple's tables as lists of rows, column names as in the database");
        export.set("partner", rows("select id, email, display_name, language, time_zone, created_at from partner "
                + "where id = :me", partnerId, 0).get(0));
        ObjectNode own = export.putObject("settings");
        OWN_TABLES.forEach((table, columns) -> own.set(table,
                rows("select " + columns + " from " + table + " where partner_id = :me order by 1", partnerId, 0)));
        ObjectNode mine = export.putObject("mine");
        for (String table : privateTables()) {
            mine.set(table, rows("select * from " + table + " where private_to = :me order by 1", partnerId, 0));
        }
        var coupleList = export.putArray("couples");
        for (long coupleId : couples.coupleIdsEver(partnerId)) {
            coupleList.add(couple(partnerId, coupleId));
        }
        return export;
    }

    private ObjectNode couple(long partnerId, long coupleId) {
        ObjectNode couple = json.createObjectNode();
        couple.set("couple", rows("select id, created_at, dissolved_at from couple where id = :couple",
                partnerId, coupleId).get(0));
        couple.set("partners", rows("""
                select p.id, p.display_name from partner p join couple_member m on m.partner_id = p.id
                where m.couple_id = :couple order by m.joined_at""", partnerId, coupleId));
        ObjectNode tables = couple.putObject("tables");
        for (Map.Entry<String, String> table : coupleTables().entrySet()) {
            tables.set(table.getKey(), rows("select * from " + table.getKey() + " where " + table.getValue()
                    + " order by 1", partnerId, coupleId));
        }
        return couple;
    }

    /** Every table of couple data, with how to find a couple's rows in it. */
    Map<String, String> coupleTables() {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : jdbc.sql("""
                        select table_name from information_schema.columns
                        where table_schema = current_schema() and column_name = 'couple_id' order by table_name""")
                .query(String.class).list()) {
            requireTableName(table);
            tables.put(table, table.equals("need") ? "couple_id = :couple and " + NOT_THEIR_DRAFT : "couple_id = :couple");
        }
        tables.putAll(THROUGH);
        return tables;
    }

    /** Every table that belongs to one partner and no couple: each must be in {@link #OWN_TABLES}. */
    List<String> ownTables() {
        return jdbc.sql("""
                        select table_name from information_schema.columns c
                        where table_schema = current_schema() and column_name = 'partner_id'
                          and not exists (select 1 from information_schema.columns o where o.table_schema = c.table_schema
                                          and o.table_name = c.table_name and o.column_name = 'couple_id')
                        order by table_name""")
                .query(String.class).list();
    }

    /** Every table of one partner's private rows: found by their {@code private_to} column. */
    List<String> privateTables() {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.columns
                        where table_schema = current_schema() and column_name = 'private_to' order by table_name""")
                .query(String.class).list();
        tables.forEach(DataExport::requireTableName);
        return tables;
    }

    private static void requireTableName(String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalStateException("Unexpected table name in the schema");
        }
    }

    /** The rows as JSON, built by PostgreSQL so that every column type comes out as it should. */
    private JsonNode rows(String select, long partnerId, long coupleId) {
        String rows = jdbc.sql("select coalesce(json_agg(r), '[]') from (" + select + ") r")
                .param("me", partnerId).param("couple", coupleId).query(String.class).single();
        return json.readTree(rows);
    }
}
