package app.tandem.timeline;

import app.tandem.agreement.AgreementEntry;
import app.tandem.agreement.AgreementService;
import app.tandem.agreement.AgreementVersion;
import app.tandem.bid.Bid;
import app.tandem.bid.BidService;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.kernel.Phrase;
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
        plans.recent(partnerId).forEach(p -> entries.add(entry(p.createdAt(), "plan",
                Phrase.of("timeline.plan.started", p.title()), PlanService.path(p.id()))));
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(LENGTH).toList();
    }

    private static void addAgreement(List<TimelineEntry> entries, AgreementEntry entry) {
        AgreementVersion v = entry.version();
        String link = "/agreement/history";
        entries.add(entry(v.proposedAt(), "agreement",
                Phrase.of("timeline.agreement.proposed", v.proposedByName(), v.number()), link));
        if (v.signedAt() != null) {
            entries.add(entry(v.signedAt(), "agreement",
                    Phrase.of("timeline.agreement.signed", v.signedByName(), v.number()), link));
        }
    }

    private static TimelineEntry need(NeedSummary n, Map<Long, String> names) {
        Phrase status = Phrase.of("need.status." + n.status().wireName() + ".description");
        return entry(n.updatedAt(), "need", Phrase.of("timeline.need", name(names, n.askerId()), n.request(), status),
                "/needs/" + n.id());
    }

    private static void addBid(List<TimelineEntry> entries, Bid b, Map<Long, String> names) {
        entries.add(entry(b.createdAt(), "bid", Phrase.of("timeline.bid.made", name(names, b.bidderId()), b.text()),
                "/bids/" + b.id()));
        if (b.respondedAt() != null) {
            Phrase status = Phrase.of("bid.status." + b.status().name().toLowerCase(java.util.Locale.ROOT));
            entries.add(entry(b.respondedAt(), "bid", Phrase.of("timeline.bid.answered", b.text(), status),
                    "/bids/" + b.id()));
        }
    }

    private static void addHurt(List<TimelineEntry> entries, Hurt h, Map<Long, String> names) {
        String link = "/hurts/" + h.id();
        entries.add(entry(h.createdAt(), "hurt", Phrase.of("timeline.hurt.named", h.namedByName(), h.whatHappened()),
                link));
        for (RepairAttempt a : h.attempts()) {
            entries.add(entry(a.createdAt(), "repair",
                    Phrase.of("timeline.repair.made", name(names, a.madeBy()), a.apologise()), link));
            if (a.status() == RepairStatus.NOT_YET) {
                entries.add(entry(a.answeredAt(), "repair", Phrase.of("timeline.repair.not-yet", h.namedByName()),
                        link));
            }
        }
        h.timeToRepairInWords().ifPresent(took -> entries.add(entry(h.repairedAt(), "repair",
                Phrase.of("timeline.repair.accepted", h.namedByName(), took), link)));
    }

    private static void addReminder(List<TimelineEntry> entries, Reminder r, Map<Long, String> names) {
        entries.add(entry(r.createdAt(), "reminder", Phrase.of("timeline.reminder.sent", r.sentByName(), r.commitment()),
                r.needId() == null ? "/" : "/needs/" + r.needId()));
        if (r.acknowledgedAt() != null) {
            Object other = names.entrySet().stream().filter(e -> e.getKey() != r.sentBy()).map(Map.Entry::getValue)
                    .findFirst().<Object>map(n -> n).orElse(Phrase.of("timeline.their-partner"));
            entries.add(entry(r.acknowledgedAt(), "reminder", Phrase.of("timeline.reminder.heard", other), "/"));
        }
    }

    /** A partner's name, or "A partner" for one who has left. */
    private static Object name(Map<Long, String> names, long partnerId) {
        String name = names.get(partnerId);
        return name != null ? name : Phrase.of("timeline.a-partner");
    }

    /** The words are said now, in the reader's language: the timeline is built for one request. */
    private static TimelineEntry entry(java.time.Instant at, String kind, Phrase words, String link) {
        return new TimelineEntry(at, kind, words.say(), link);
    }

}
