package app.tandem.couple;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.IntegrationTest;
import app.tandem.support.TestApi.TestPartner;
import app.tandem.support.TestCouple;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The couple's revision moves with every change to the couple's shared life, whichever table
 * it lands in: copies kept on app nodes (home's cards) rely on it to know they are old.
 */
class CoupleRevisionTest extends IntegrationTest {

    @Test
    void everyTableOfCoupleDataRaisesTheRevision() {
        List<String> coupleData = jdbc.sql("""
                        select table_name from information_schema.columns
                        where table_schema = current_schema() and column_name = 'couple_id'
                            -- a prompt's schedule is shown nowhere; when it fires, its inbox entries raise it
                            and table_name <> 'due_prompt'
                        union select 'reflection' union select 'repair_attempt' union select 'partner'
                        order by 1""")
                .query(String.class).list();
        List<String> withTrigger = jdbc.sql("""
                        select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                        where t.tgname = 'couple_revision' order by 1""")
                .query(String.class).list();

        assertThat(coupleData).contains("need", "bid", "hurt", "pause", "load_done");
        assertThat(withTrigger).containsExactlyElementsOf(coupleData);
    }

    @Test
    void aChangeRaisesTheRevisionAlsoThroughANeedAndWhenSomethingIsDeleted() {
        TestCouple couple = aCouple();
        TestPartner robin = couple.robin();
        long coupleId = api().coupleIdOf(robin);

        long before = revisionOf(coupleId);
        long need = api().post("/api/v1/needs", robin.token(), Map.of("feeling", "tired", "because", "the week is long",
                "need", "a quiet evening", "send", true)).body().get("id").asLong();
        long afterNeed = revisionOf(coupleId);
        api().post("/api/v1/needs/" + need + "/reflection", couple.kai().token(), Map.of("text", "You need a quiet evening."));
        long afterReflection = revisionOf(coupleId);
        long draft = api().post("/api/v1/needs", robin.token(), Map.of("feeling", "tired", "because", "", "need", "a walk", "send", false))
                .body().get("id").asLong();
        long afterDraft = revisionOf(coupleId);
        assertThat(api().delete("/api/v1/needs/" + draft, robin.token()).status()).isEqualTo(204);

        assertThat(afterNeed).isGreaterThan(before);
        assertThat(afterReflection).isGreaterThan(afterNeed);
        assertThat(afterDraft).isGreaterThan(afterReflection);
        assertThat(revisionOf(coupleId)).isGreaterThan(afterDraft);
    }

    @Test
    void anotherCouplesChangeLeavesOursAlone() {
        TestPartner robin = aCouple().robin();
        TestPartner other = aCouple().robin();
        long ours = revisionOf(api().coupleIdOf(robin));

        api().post("/api/v1/bids", other.token(), Map.of("text", "Walk after dinner?"));

        assertThat(revisionOf(api().coupleIdOf(robin))).isEqualTo(ours);
    }

    @Test
    void renamingAPartnerRaisesTheirCouplesRevision() {
        TestPartner robin = aCouple().robin();
        long coupleId = api().coupleIdOf(robin);
        long before = revisionOf(coupleId);

        jdbc.sql("update partner set display_name = 'Robin B.' where id = ?").param(robin.id()).update();

        assertThat(revisionOf(coupleId)).isGreaterThan(before);
    }

    private long revisionOf(long coupleId) {
        return jdbc.sql("select revision from couple where id = ?").param(coupleId).query(Long.class).single();
    }
}
