package app.tandem.agreement;

import static app.tandem.agreement.AgreementStatus.COUNTERED;
import static app.tandem.agreement.AgreementStatus.IN_FORCE;
import static app.tandem.agreement.AgreementStatus.PROPOSED;
import static app.tandem.agreement.AgreementStatus.SUPERSEDED;
import static app.tandem.agreement.AgreementStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.kernel.ConflictException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agreement version's table, without Spring: who may act, from which status, and where it leads. */
class AgreementActionTableTest {

    private static final long ROBIN = 1;
    private static final long KAI = 2;

    @Test
    void everyTransitionStartsWhereTheTableSaysAndLeadsWhereItSays() {
        assertThat(AgreementAction.SIGN.from()).isEqualTo(PROPOSED);
        assertThat(AgreementAction.SIGN.leadsTo()).isEqualTo(IN_FORCE);
        assertThat(AgreementAction.COUNTER.from()).isEqualTo(PROPOSED);
        assertThat(AgreementAction.COUNTER.leadsTo()).isEqualTo(COUNTERED);
        assertThat(AgreementAction.WITHDRAW.from()).isEqualTo(PROPOSED);
        assertThat(AgreementAction.WITHDRAW.leadsTo()).isEqualTo(WITHDRAWN);
        assertThat(AgreementAction.SUPERSEDE.from()).isEqualTo(IN_FORCE);
        assertThat(AgreementAction.SUPERSEDE.leadsTo()).isEqualTo(SUPERSEDED);
    }

    @Test
    void onlyTheOtherPartnerSignsOrCountersAndOnlyTheAuthorWithdraws() {
        AgreementVersion robins = version(PROPOSED);

        assertThat(robins.check(AgreementAction.SIGN, KAI)).isEqualTo(IN_FORCE);
        assertThat(robins.can(AgreementAction.SIGN, ROBIN)).isFalse();
        assertThatThrownBy(() -> robins.check(AgreementAction.SIGN, ROBIN)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("your partner's signature");
        assertThat(AgreementAction.replacing(robins, ROBIN)).isEqualTo(AgreementAction.WITHDRAW);
        assertThat(AgreementAction.replacing(robins, KAI)).isEqualTo(AgreementAction.COUNTER);
        assertThat(robins.can(AgreementAction.WITHDRAW, KAI)).isFalse();
        assertThat(robins.can(AgreementAction.COUNTER, ROBIN)).isFalse();
    }

    @Test
    void eitherPartnersSignatureSupersedesTheVersionInForce() {
        assertThat(version(IN_FORCE).check(AgreementAction.SUPERSEDE, ROBIN)).isEqualTo(SUPERSEDED);
        assertThat(version(IN_FORCE).check(AgreementAction.SUPERSEDE, KAI)).isEqualTo(SUPERSEDED);
    }

    @Test
    void nothingMovesAVersionOutOfAStatusItIsNotIn() {
        for (AgreementStatus status : AgreementStatus.values()) {
            for (AgreementAction action : AgreementAction.values()) {
                if (status != action.from()) {
                    AgreementVersion version = version(status);
                    assertThat(version.can(action, ROBIN) || version.can(action, KAI)).as(action + " in " + status)
                            .isFalse();
                    assertThatThrownBy(() -> version.check(action, KAI)).isInstanceOf(ConflictException.class)
                            .hasMessageContaining(status.label());
                }
            }
        }
        assertThat(version(SUPERSEDED).awaitsSignatureOf(KAI)).isFalse();
        assertThat(version(PROPOSED).awaitsSignatureOf(KAI)).isTrue();
    }

    /** Version 1, proposed by Robin, in {@code status}. */
    private static AgreementVersion version(AgreementStatus status) {
        boolean signed = status == IN_FORCE || status == SUPERSEDED;
        return new AgreementVersion(5, 1, null, "We chose each other.", List.of("Ask plainly."), status, ROBIN, "Robin",
                Instant.parse("2026-11-20T18:00:00Z"), signed ? KAI : null, signed ? "Kai" : null,
                signed ? Instant.parse("2026-11-20T19:00:00Z") : null);
    }
}
