package app.tandem.timeline;

import app.tandem.agreement.AgreementEntry;
import app.tandem.agreement.AgreementService;
import app.tandem.agreement.AgreementVersion;
import app.tandem.bid.Bid;
import app.tandem.bid.BidService;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.need.NeedService;
import app.tandem.need.NeedSummary;
import app.tandem.plan.PlanService;
import app.tandem.repair.Hurt;
import app.tandem.repair.RepairAttempt;
import app.tandem.repair.RepairService;
import app.tandem.repair.RepairStatus;
import app.tandem.repair.Reminder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The couple's timeline: the agreement's versions, needs, bids, hurts and repairs,
 * reminders and plans, newest first. Each feature gives its latest page (bounded, indexed queries); the
 * timeline merges them, so its cost does not grow with the length of the couple's history.
 */
@Service
public class TimelineService {

    static final int LENGTH = 40;

    private final CoupleService couples;
    private final AgreementService agreements;
    private final NeedService needs;
    private final BidService bids;
    private final RepairService repairs;
    private final PlanService plans;

    TimelineService(CoupleService couples, AgreementService agreements, NeedService needs, BidService bids,
            RepairService repairs, PlanService plans) {
        this.plans = plans;
        this.couples = couples;
        this.agreements = agreements;
        this.needs = needs;
        this.bids = bids;
        this.repairs = repairs;
    }

    public List<TimelineEntry> timeline(long partnerId) {
        Couple couple = couples.coupleOf(partnerId).orElseThrow(() -> new app.tandem.kernel.NotFoundException("Couple"));
        Map<Long, String> names = couple.members().stream()
                .collect(Collectors.toMap(Couple.Member::partnerId, Couple.Member::displayName));
        List<TimelineEntry> entries = new ArrayList<>();
        agreements.history(partnerId).forEach(e -> addAgreement(entries, e));
        needs.history(partnerId, null, 1).forEach(n -> entries.add(need(n, names)));
        bids.recent(partnerId, 1).forEach(b -> addBid(entries, b, names));
        repairs.recentHurts(partnerId).forEach(h -> addHurt(entries, h, names));
        repairs.recentReminders(partnerId).forEach(r -> addReminder(entries, r, names));
        plans.recent(partnerId).forEach(p -> entries.add(new TimelineEntry(p.createdAt(), "plan",
                "We started a plan for “" + p.title() + "”", PlanService.path(p.id()))));
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(LENGTH).toList();
    }

    private static void addAgreement(List<TimelineEntry> entries, AgreementEntry entry) {
        AgreementVersion v = entry.version();
        String link = "/agreement/history";
        entries.add(new TimelineEntry(v.proposedAt(), "agreement",
                v.proposedByName() + " proposed version " + v.number() + " of our agreement", link));
        if (v.signedAt() != null) {
            entries.add(new TimelineEntry(v.signedAt(), "agreement",
                    v.signedByName() + " signed version " + v.number() + ": it came into force", link));
        }
    }

    private static TimelineEntry need(NeedSummary n, Map<Long, String> names) {
        return new TimelineEntry(n.updatedAt(), "need", names.getOrDefault(n.askerId(), "A partner") + "'s need (“I need "
                + n.request() + "”) is " + n.status().description(), "/needs/" + n.id());
    }

    private static void addBid(List<TimelineEntry> entries, Bid b, Map<Long, String> names) {
        String bidder = names.getOrDefault(b.bidderId(), "A partner");
        entries.add(new TimelineEntry(b.createdAt(), "bid", bidder + " made a bid: “" + b.text() + "”", "/bids/" + b.id()));
        if (b.respondedAt() != null) {
            entries.add(new TimelineEntry(b.respondedAt(), "bid", "The bid “" + b.text() + "” was " + b.status().words(),
                    "/bids/" + b.id()));
        }
    }

    private static void addHurt(List<TimelineEntry> entries, Hurt h, Map<Long, String> names) {
        String link = "/hurts/" + h.id();
        entries.add(new TimelineEntry(h.createdAt(), "hurt", h.namedByName() + " named a hurt: “" + h.whatHappened() + "”",
                link));
        for (RepairAttempt a : h.attempts()) {
            entries.add(new TimelineEntry(a.createdAt(), "repair",
                    names.getOrDefault(a.madeBy(), "A partner") + " made a repair: “" + a.apologise() + "”", link));
            if (a.status() == RepairStatus.NOT_YET) {
                entries.add(new TimelineEntry(a.answeredAt(), "repair", h.namedByName() + " said what is still needed",
                        link));
            }
        }
        h.timeToRepairInWords().ifPresent(took -> entries.add(new TimelineEntry(h.repairedAt(), "repair",
                h.namedByName() + " accepted the repair: back to each other " + took, link)));
    }

    private static void addReminder(List<TimelineEntry> entries, Reminder r, Map<Long, String> names) {
        entries.add(new TimelineEntry(r.createdAt(), "reminder", r.sentByName() + " reminded of our agreement: “"
                + r.commitment() + "”", r.needId() == null ? "/" : "/needs/" + r.needId()));
        if (r.acknowledgedAt() != null) {
            String other = names.entrySet().stream().filter(e -> e.getKey() != r.sentBy()).map(Map.Entry::getValue)
                    .findFirst().orElse("Their partner");
            entries.add(new TimelineEntry(r.acknowledgedAt(), "reminder", other + " said: I hear you", "/"));
        }
    }

}
