package app.tandem.practice;

import app.tandem.bid.BidService;
import app.tandem.bid.BidStatus;
import app.tandem.coach.Coach;
import app.tandem.coach.Label;
import app.tandem.coach.Review;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.Phrase;
import app.tandem.need.Need;
import app.tandem.need.NeedService;
import app.tandem.need.NeedStatus;
import app.tandem.need.NeedText;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifications;
import app.tandem.repair.RepairService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly "state of us": planned for a time, opened by both at once (the page is live), with
 * appreciations, what went well, one issue in speaker and listener turns the coach reads, and
 * next week's needs sent through the need service.
 */
@Service
public class StateOfUsService {

    public static final int RECENT = 20;
    static final Duration WEEK = Duration.ofDays(7);

    private final StateOfUsRepository meetings;
    private final CoupleService couples;
    private final Notifications notifications;
    private final Coach coach;
    private final BidService bids;
    private final NeedService needs;
    private final RepairService repairs;
    private final Clock clock;

    StateOfUsService(StateOfUsRepository meetings, CoupleService couples, Notifications notifications, Coach coach,
            BidService bids, NeedService needs, RepairService repairs, Clock clock) {
        this.meetings = meetings;
        this.couples = couples;
        this.notifications = notifications;
        this.coach = coach;
        this.bids = bids;
        this.needs = needs;
        this.repairs = repairs;
        this.clock = clock;
    }

    @Transactional
    public StateOfUs schedule(long partnerId, ScheduleStateOfUs schedule) {
        long coupleId = requireBothJoined(partnerId);
        long id = meetings.insert(coupleId, schedule.at(), clock.instant());
        notifications.tell(coupleId, partnerId, NotificationKind.STATE_OF_US_SCHEDULED, path(id));
        if (schedule.at() != null && schedule.at().isAfter(clock.instant())) {
            // Both are brought back when the time comes, wherever they are (inbox, e-mail, push).
            notifications.promptAt(coupleId, null, NotificationKind.STATE_OF_US_DUE, path(id), schedule.at());
        }
        return get(partnerId, id);
    }

    public StateOfUs get(long partnerId, long id) {
        return meetings.find(id, couples.requireCoupleId(partnerId))
                .orElseThrow(() -> new NotFoundException("State of us"));
    }

    public List<StateOfUs> recent(long partnerId) {
        return meetings.recent(couples.requireCoupleId(partnerId), RECENT);
    }

    /** My turn on the issue, in the role it is my turn for; the coach's labels are kept with it. */
    @Transactional
    public StateOfUs takeTurn(long partnerId, long id, String text) {
        long coupleId = couples.requireCoupleId(partnerId);
        StateOfUs meeting = meetings.lock(id, coupleId).orElseThrow(() -> new NotFoundException("State of us"));
        TurnRole role = meeting.checkTurn(partnerId, otherOf(partnerId));
        if (meeting.issueSpeaker() == null) {
            meetings.setSpeaker(id, partnerId);
        }
        List<String> labels = review(meeting, text).labels().stream().map(Label::wireName).toList();
        meetings.addTurn(id, coupleId, partnerId, role, text, labels, clock.instant());
        notifications.tell(coupleId, partnerId, NotificationKind.STATE_OF_US_TURN, path(id));
        return get(partnerId, id);
    }

    /**
     * The coach on the turn being written: a speaker's as a need; a listener's as a reflection of
     * the speaker's last turn, so their own words said back are not taken for criticism.
     */
    public Review review(StateOfUs meeting, String text) {
        String t = text == null ? "" : text;
        if (meeting.nextRole() != TurnRole.LISTENER) {
            return coach.review(meeting.nextRole().coachKind(), t);
        }
        String heard = meeting.turns().stream().filter(turn -> turn.role() == TurnRole.SPEAKER)
                .reduce((first, second) -> second).map(Turn::text).orElse("");
        return coach.reviewReflection(t, heard);
    }

    /** What each needs next week, sent as a need from the meeting. */
    @Transactional
    public Need sendNeed(long partnerId, long id, NeedText text) {
        if (!get(partnerId, id).open()) {
            throw new ConflictException(Phrase.of("practice.conflict.this-state-of-us.send-the-need"));
        }
        return needs.send(partnerId, text);
    }

    @Transactional
    public StateOfUs close(long partnerId, long id) {
        long coupleId = couples.requireCoupleId(partnerId);
        meetings.lock(id, coupleId).orElseThrow(() -> new NotFoundException("State of us"));
        meetings.close(id, clock.instant());
        return get(partnerId, id);
    }

    /** The last seven days' bids turned toward, needs met and repairs, through their modules' own services. */
    public WentWell wentWell(long partnerId) {
        Instant since = clock.instant().minus(WEEK);
        List<String> towards = bids.recent(partnerId, 1).stream()
                .filter(b -> b.status() == BidStatus.TURNED_TOWARD && !b.respondedAt().isBefore(since))
                .map(b -> b.text()).toList();
        List<String> met = needs.history(partnerId, NeedStatus.MET, 1).stream()
                .filter(n -> !n.updatedAt().isBefore(since)).map(n -> n.request()).toList();
        List<String> repaired = repairs.recentHurts(partnerId).stream()
                .filter(h -> h.repairedAt() != null && !h.repairedAt().isBefore(since)).map(h -> h.whatHappened())
                .toList();
        return new WentWell(towards, met, repaired);
    }

    public static String path(long id) {
        return "/state-of-us/" + id;
    }

    private long otherOf(long partnerId) {
        return couples.coupleOf(partnerId).flatMap(c -> c.partnerOf(partnerId)).map(Couple.Member::partnerId)
                .orElse(-1L);
    }

    private long requireBothJoined(long partnerId) {
        long coupleId = couples.requireCoupleId(partnerId);
        if (!couples.coupleOf(partnerId).map(Couple::complete).orElse(false)) {
            throw new ConflictException(Phrase.of("practice.conflict.your-partner-has-not.the-state-of"));
        }
        return coupleId;
    }
}
