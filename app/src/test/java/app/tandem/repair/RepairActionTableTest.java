package app.tandem.repair;

import static app.tandem.repair.HurtStage.OPEN;
import static app.tandem.repair.HurtStage.REPAIRED;
import static app.tandem.repair.HurtStage.REPAIR_OFFERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hurt's table, without Spring: who may act, in which stage, and where it leads. */
class RepairActionTableTest {

    private static final long ROBIN = 1;
    private static final long KAI = 2;
    private static final Instant NAMED = Instant.parse("2026-11-20T18:00:00Z");

    @Test
    void eachActionIsAllowedInItsStagesOnlyAndLeadsWhereTheTableSays() {
        Map<HurtAction, Set<HurtStage>> allowed = new EnumMap<>(HurtAction.class);
        for (HurtAction action : HurtAction.values()) {
            Set<HurtStage> stages = EnumSet.noneOf(HurtStage.class);
            for (HurtStage stage : HurtStage.values()) {
                if (action.allowedIn(stage)) {
                    stages.add(stage);
                }
            }
            allowed.put(action, stages);
        }

        assertThat(allowed).containsExactlyInAnyOrderEntriesOf(Map.of(
                HurtAction.REPAIR, EnumSet.of(OPEN),
                HurtAction.ACCEPT, EnumSet.of(REPAIR_OFFERED),
                HurtAction.NOT_YET, EnumSet.of(REPAIR_OFFERED)));
        assertThat(HurtAction.REPAIR.leadsTo()).isEqualTo(REPAIR_OFFERED);
        assertThat(HurtAction.ACCEPT.leadsTo()).isEqualTo(REPAIRED);
        assertThat(HurtAction.NOT_YET.leadsTo()).isEqualTo(OPEN);
    }

    @Test
    void theOtherPartnerRepairsAndTheHurtPartnerAnswers() {
        assertThat(HurtAction.REPAIR.role()).isEqualTo(HurtAction.Role.OTHER);
        assertThat(HurtAction.ACCEPT.role()).isEqualTo(HurtAction.Role.NAMER);
        assertThat(HurtAction.NOT_YET.role()).isEqualTo(HurtAction.Role.NAMER);

        assertThat(hurtIn(OPEN).check(HurtAction.REPAIR, KAI)).isEqualTo(REPAIR_OFFERED);
        assertThat(hurtIn(REPAIR_OFFERED).check(HurtAction.ACCEPT, ROBIN)).isEqualTo(REPAIRED);
        assertThat(hurtIn(REPAIR_OFFERED).check(HurtAction.NOT_YET, ROBIN)).isEqualTo(OPEN);
    }

    @Test
    void theWrongPartnerIsToldNotFoundAndTheRightOneAtTheWrongTimeWhyNot() {
        assertThatThrownBy(() -> hurtIn(OPEN).check(HurtAction.REPAIR, ROBIN)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> hurtIn(REPAIR_OFFERED).check(HurtAction.ACCEPT, KAI))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> hurtIn(REPAIR_OFFERED).check(HurtAction.REPAIR, KAI))
                .isInstanceOf(ConflictException.class).hasMessageContaining("waiting for Robin's answer");
        assertThatThrownBy(() -> hurtIn(OPEN).check(HurtAction.ACCEPT, ROBIN))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no repair attempt waiting");
        assertThatThrownBy(() -> hurtIn(REPAIRED).check(HurtAction.REPAIR, KAI))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already repaired");
    }

    @Test
    void canOffersExactlyWhatCheckAllows() {
        for (HurtStage stage : HurtStage.values()) {
            Hurt hurt = hurtIn(stage);
            for (HurtAction action : HurtAction.values()) {
                for (long partner : List.of(ROBIN, KAI)) {
                    boolean allowed;
                    try {
                        hurt.check(action, partner);
                        allowed = true;
                    } catch (NotFoundException | ConflictException e) {
                        allowed = false;
                    }
                    assertThat(hurt.can(action, partner)).as(action + " by " + partner + " in " + stage)
                            .isEqualTo(allowed);
                }
            }
        }
    }

    @Test
    void theStageIsReadFromTheStatusAndTheAttempts() {
        assertThat(hurtIn(OPEN).stage()).isEqualTo(OPEN);
        assertThat(hurtIn(REPAIR_OFFERED).stage()).isEqualTo(REPAIR_OFFERED);
        assertThat(hurtIn(REPAIRED).stage()).isEqualTo(REPAIRED);
        assertThat(hurt(HurtStatus.OPEN, List.of(attempt(RepairStatus.NOT_YET))).stage()).isEqualTo(OPEN);
    }

    /** Robin's hurt, in {@code stage}. */
    private static Hurt hurtIn(HurtStage stage) {
        return switch (stage) {
            case OPEN -> hurt(HurtStatus.OPEN, List.of());
            case REPAIR_OFFERED -> hurt(HurtStatus.OPEN, List.of(attempt(RepairStatus.PENDING)));
            case REPAIRED -> hurt(HurtStatus.REPAIRED, List.of(attempt(RepairStatus.ACCEPTED)));
        };
    }

    private static Hurt hurt(HurtStatus status, List<RepairAttempt> attempts) {
        return new Hurt(10, ROBIN, "Robin", SubjectKind.NONE, null, "You were on your phone.", "alone", null, List.of(),
                status, NAMED, status == HurtStatus.REPAIRED ? NAMED.plusSeconds(600) : null, new ArrayList<>(attempts));
    }

    private static RepairAttempt attempt(RepairStatus status) {
        return new RepairAttempt(20, KAI, "I see it.", "I'm sorry.", "I'll put it away.", List.of(), status, null,
                NAMED.plusSeconds(60), status == RepairStatus.PENDING ? null : NAMED.plusSeconds(600));
    }
}
