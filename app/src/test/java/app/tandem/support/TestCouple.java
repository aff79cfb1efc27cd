package app.tandem.support;

import app.tandem.agreement.AgreementVersion;
import app.tandem.load.Done;
import app.tandem.load.FairShare;
import app.tandem.load.Handover;
import app.tandem.load.LoadItem;
import app.tandem.load.Owner;
import app.tandem.load.Phase;
import app.tandem.need.Need;
import app.tandem.need.NeedStatus;
import app.tandem.repair.Hurt;
import app.tandem.repair.HurtStage;
import app.tandem.support.TestApi.TestPartner;
import java.time.Instant;

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
    public AgreementVersion withAgreementInForce(String why, String... commitments) {
        return fixtures.withAgreementInForce(this, why, commitments);
    }

    // --- plan ---

    /** Robin's plan for a family party tomorrow, in {@code stage} (both predicted; then agreed and signed). */
    public app.tandem.plan.Plan planIn(app.tandem.plan.PlanStage stage, Instant now) {
        return fixtures.planIn(this, stage, now);
    }

    // --- repair ---

    /** A hurt Robin named, taken along its repair with Kai until it is in {@code stage}. */
    public Hurt hurtIn(HurtStage stage) {
        return fixtures.hurtIn(this, stage);
    }

    // --- load ---

    /**
     * An item of the couple's own, weekly at home, {@code minutes} a time, with these owners of
     * noticing, planning and doing: Robin is A, Kai is B.
     */
    public LoadItem withLoadItem(String title, int minutes, Owner noticing,
            Owner planning, Owner doing) {
        return fixtures.withLoadItem(this, title, minutes, noticing, planning, doing);
    }

    /** One occurrence of the item, logged by {@code by}: done by {@code doneBy} at {@code doneAt} (null: now). */
    public Done withDone(TestPartner by, long itemId, Owner doneBy,
            Instant doneAt) {
        return fixtures.withDone(by, itemId, doneBy, doneAt);
    }

    /** A split proposed by {@code by}, as their own percent, waiting for the other. */
    public FairShare withFairShareProposed(TestPartner by, int theirPercent) {
        return fixtures.withFairShareProposed(by, theirPercent);
    }

    /** A split Robin proposed (Robin's percent) and Kai agreed to. */
    public FairShare withFairShareAgreed(int robinsPercent) {
        fixtures.withFairShareProposed(robin, robinsPercent);
        return fixtures.agreeFairShare(kai);
    }

    /** Robin offers Kai these phases of the item (which Robin must own or share). */
    public Handover withHandoverProposed(long itemId, Phase... phases) {
        return fixtures.withHandoverProposed(robin, itemId, phases);
    }
}
