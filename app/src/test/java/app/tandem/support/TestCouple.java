package app.tandem.support;

import app.tandem.need.Need;
import app.tandem.need.NeedStatus;
import app.tandem.support.TestApi.TestPartner;

/**
 * Two partners in a couple, named for the story: Robin made the couple, Kai joined. Steps
 * that give the couple a history read as one line each: {@code couple.needIn(HEARD)}.
 */
public record TestCouple(TestPartner robin, TestPartner kai, long id, CoupleFixtures fixtures) {

    /** Robin's need to Kai, in {@code status}. */
    public Need needIn(NeedStatus status) {
        return fixtures.needIn(this, status);
    }

    // --- agreement ---

    /** Robin proposes an agreement with this why and these commitments, and Kai signs it. */
    public app.tandem.agreement.AgreementVersion withAgreementInForce(String why, String... commitments) {
        return fixtures.withAgreementInForce(this, why, commitments);
    }

    // --- repair ---

    /** A hurt Robin named, taken along its repair with Kai until it is in {@code stage}. */
    public app.tandem.repair.Hurt hurtIn(app.tandem.repair.HurtStage stage) {
        return fixtures.hurtIn(this, stage);
    }
}
