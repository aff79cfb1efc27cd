package app.tandem.support;

import app.tandem.agreement.AgreementService;
import app.tandem.agreement.AgreementVersion;
import app.tandem.agreement.ProposeChange;
import app.tandem.couple.CoupleService;
import app.tandem.load.Area;
import app.tandem.load.Cadence;
import app.tandem.load.Done;
import app.tandem.load.FairShare;
import app.tandem.load.FairShares;
import app.tandem.load.Handover;
import app.tandem.load.Handovers;
import app.tandem.load.ItemDetails;
import app.tandem.load.LoadItem;
import app.tandem.load.LoadService;
import app.tandem.load.LogDone;
import app.tandem.load.Owner;
import app.tandem.load.Phase;
import app.tandem.load.ProposeFairShare;
import app.tandem.load.ProposeHandover;
import app.tandem.need.AnswerKind;
import app.tandem.need.AnswerNeed;
import app.tandem.need.FollowThrough;
import app.tandem.need.Need;
import app.tandem.need.NeedService;
import app.tandem.need.NeedStatus;
import app.tandem.need.NeedText;
import app.tandem.need.When;
import app.tandem.partner.ApiTokens;
import app.tandem.partner.Partner;
import app.tandem.partner.PartnerService;
import app.tandem.partner.SignUp;
import app.tandem.repair.Hurt;
import app.tandem.repair.HurtStage;
import app.tandem.repair.HurtText;
import app.tandem.repair.RepairService;
import app.tandem.repair.RepairText;
import app.tandem.repair.SubjectKind;
import app.tandem.support.TestApi.TestPartner;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/**
 * Builds partners, couples and their history through the services, as the pages would, in one
 * line a step: {@code aCouple().needIn(HEARD)}. No HTTP replay, and with the tests' cheap hash.
 */
@TestComponent
public class CoupleFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final PartnerService partners;
    private final ApiTokens tokens;
    private final CoupleService couples;
    private final NeedService needs;

    CoupleFixtures(PartnerService partners, ApiTokens tokens, CoupleService couples, NeedService needs) {
        this.partners = partners;
        this.tokens = tokens;
        this.couples = couples;
        this.needs = needs;
    }

    /** A partner with an account and an API token, in no couple. */
    public TestPartner aPartner(String displayName) {
        String email = "f" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        Partner partner = partners.signUp(new SignUp(email, displayName, TestApi.PASSWORD));
        return new TestPartner(partner.id(), email, displayName, TestApi.PASSWORD, tokens.issue(partner.id()).token());
    }

    /** Robin, who made the couple, and Kai, who joined with the invite. */
    public TestCouple aCouple() {
        TestPartner robin = aPartner("Robin");
        TestPartner kai = aPartner("Kai");
        String code = couples.create(robin.id()).invite().orElseThrow().code();
        long id = couples.join(kai.id(), code).id();
        return new TestCouple(robin, kai, id, this);
    }

    /** Robin's need to Kai, taken along the loop until it is in {@code status}. */
    Need needIn(TestCouple couple, NeedStatus status) {
        long asker = couple.robin().id();
        long listener = couple.kai().id();
        NeedText text = status == NeedStatus.ENDED
                ? new NeedText("tired", "the weeks are long", "you to cook or order in dinner one night a week",
                        When.UNSAID, app.tandem.need.Recurrence.WEEKLY)
                : new NeedText("tired", "the week has been long", "you to cook on Thursday", When.UNSAID);
        if (status == NeedStatus.DRAFT) {
            return needs.saveDraft(asker, text);
        }
        long id = needs.send(asker, text).id();
        Need need = needs.get(asker, id);
        switch (status) {
            case SENT -> { }
            case REFLECTED -> need = needs.reflect(listener, id, "You need me to cook on Thursday.");
            default -> {
                needs.reflect(listener, id, "You need me to cook on Thursday.");
                need = needs.confirm(asker, id);
            }
        }
        return switch (status) {
            case DRAFT, SENT, REFLECTED, HEARD -> need;
            case ANSWERED_YES -> answer(listener, id, AnswerKind.YES);
            case ANSWERED_OTHER_WAY -> answer(listener, id, AnswerKind.OTHER_WAY);
            case ANSWERED_NOT_NOW -> answer(listener, id, AnswerKind.NOT_NOW);
            case MET -> needs.followThrough(asker, answer(listener, id, AnswerKind.YES).id(), FollowThrough.MET);
            case MISSED -> needs.followThrough(asker, answer(listener, id, AnswerKind.YES).id(), FollowThrough.MISSED);
            case ENDED -> needs.end(asker, answer(listener, id, AnswerKind.YES).id());
        };
    }

    private Need answer(long listener, long id, AnswerKind kind) {
        When when = kind == AnswerKind.NOT_NOW ? When.in(When.Period.TODAY) : When.UNSAID;
        String text = kind == AnswerKind.OTHER_WAY ? "I can cook on Friday instead." : "";
        return needs.answer(listener, id, new AnswerNeed(kind, text, when));
    }

    // --- agreement ---

    @Autowired
    private AgreementService agreements;

    /** Robin proposes the agreement (on the newest version, if any) and Kai signs it. */
    AgreementVersion withAgreementInForce(TestCouple couple, String why, String... commitments) {
        int head = agreements.current(couple.robin().id()).headNumber();
        long id = agreements.propose(couple.robin().id(),
                new ProposeChange(head, why, List.of(commitments))).id();
        return agreements.sign(couple.kai().id(), id);
    }

    // --- plan ---

    @Autowired
    private app.tandem.plan.PlanService plans;

    /**
     * Robin's plan for a family party a day from now, taken until it is in {@code stage}: both
     * predictions written (PLANNING), then "We arrive together." agreed and signed by both (SIGNED).
     */
    app.tandem.plan.Plan planIn(TestCouple couple, app.tandem.plan.PlanStage stage, java.time.Instant now) {
        long robin = couple.robin().id();
        long kai = couple.kai().id();
        long id = plans.start(robin, new app.tandem.plan.NewPlan(app.tandem.plan.PlanKind.FAMILY_GATHERING,
                "The family party", now.plus(java.time.Duration.ofDays(1)), "")).id();
        if (stage == app.tandem.plan.PlanStage.PREDICTING) {
            return plans.get(robin, id);
        }
        plans.predict(robin, id, new app.tandem.plan.Predict("Hard", "go quiet", "I'd like you near me"));
        plans.predict(kai, id, new app.tandem.plan.Predict("Fine", "talk a lot", "I'd like a sign when you need me"));
        if (stage == app.tandem.plan.PlanStage.PLANNING) {
            return plans.get(robin, id);
        }
        plans.addAgreement(robin, id, "We arrive together.");
        plans.sign(robin, id);
        return plans.sign(kai, id);
    }

    // --- repair ---

    @Autowired
    private RepairService repairs;

    /** Robin names a hurt, and Kai and Robin take it along its repair until it is in {@code stage}. */
    Hurt hurtIn(TestCouple couple, HurtStage stage) {
        long named = couple.robin().id();
        long other = couple.kai().id();
        long id = repairs.nameHurt(named, new HurtText(SubjectKind.NONE, null,
                "You were on your phone all through dinner.", "alone", null)).id();
        if (stage == HurtStage.OPEN) {
            return repairs.hurt(named, id);
        }
        repairs.repair(other, id, new RepairText("I was on my phone while you talked.",
                "I'm sorry.", "Phones stay in the hall at dinner."));
        return stage == HurtStage.REPAIRED ? repairs.accept(named, id) : repairs.hurt(named, id);
    }

    // --- load ---

    @Autowired
    private LoadService loadItems;
    @Autowired
    private FairShares fairShares;
    @Autowired
    private Handovers handovers;

    LoadItem withLoadItem(TestCouple couple, String title, int minutes, Owner noticing,
            Owner planning, Owner doing) {
        return loadItems.add(couple.robin().id(), new ItemDetails(title, Area.HOME,
                Cadence.WEEKLY, null, minutes, noticing, planning, doing, ""));
    }

    Done withDone(TestPartner by, long itemId, Owner doneBy, Instant doneAt) {
        return loadItems.logDone(by.id(), itemId, new LogDone(doneBy, doneAt));
    }

    FairShare withFairShareProposed(TestPartner by, int theirPercent) {
        return fairShares.propose(by.id(), new ProposeFairShare(theirPercent));
    }

    FairShare agreeFairShare(TestPartner by) {
        return fairShares.agree(by.id());
    }

    Handover withHandoverProposed(TestPartner by, long itemId, Phase... phases) {
        return handovers.propose(by.id(), new ProposeHandover(itemId, List.of(phases)));
    }
}
