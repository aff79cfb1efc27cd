package app.tandem.practice;

import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.Phrase;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appreciations, sent in one tap and kept to reread, and the give-and-receive map of what each brings. */
@Service
public class AppreciationService {

    public static final int PAGE_SIZE = 30;

    private final AppreciationRepository appreciations;
    private final CoupleService couples;
    private final Notifications notifications;
    private final Clock clock;

    AppreciationService(AppreciationRepository appreciations, CoupleService couples, Notifications notifications,
            Clock clock) {
        this.appreciations = appreciations;
        this.couples = couples;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public Appreciation send(long partnerId, String text) {
        long coupleId = requireBothJoined(partnerId);
        long id = appreciations.insert(coupleId, partnerId, text, clock.instant());
        notifications.tell(coupleId, partnerId, NotificationKind.APPRECIATION_SENT, "/appreciations");
        return appreciations.find(id, coupleId).orElseThrow();
    }

    public Appreciation get(long partnerId, long id) {
        return appreciations.find(id, couples.requireCoupleId(partnerId))
                .orElseThrow(() -> new NotFoundException("Appreciation"));
    }

    /** One page (from 1) of our appreciations, both ways, newest first, plus one to tell whether there is a next. */
    public List<Appreciation> recent(long partnerId, int page) {
        return appreciations.recent(couples.requireCoupleId(partnerId), PAGE_SIZE + 1,
                (Math.max(1, page) - 1) * PAGE_SIZE);
    }

    public List<Appreciation> since(long partnerId, Instant since) {
        return appreciations.since(couples.requireCoupleId(partnerId), since);
    }

    /**
     * The optional daily invitation: shown when I have sent none in the last day. Worked out when
     * the page is drawn; a scheduled reminder can later ask the same.
     */
    public boolean dailyInvitationDue(long partnerId) {
        return !appreciations.sentSince(partnerId, clock.instant().minus(Duration.ofDays(1)));
    }

    @Transactional
    public BringsMap saveBrings(long partnerId, BringsText text) {
        long coupleId = requireBothJoined(partnerId);
        appreciations.saveBrings(coupleId, partnerId, text, clock.instant());
        notifications.tell(coupleId, partnerId, NotificationKind.BRINGS_UPDATED, "/brings");
        return brings(partnerId);
    }

    public BringsMap brings(long partnerId) {
        Couple couple = couples.coupleOf(partnerId).orElseThrow(() -> new NotFoundException("Couple"));
        long other = couple.partnerOf(partnerId).map(Couple.Member::partnerId).orElse(-1L);
        List<WhatEachBrings> sides = appreciations.brings(couple.id());
        return new BringsMap(side(sides, partnerId), side(sides, other));
    }

    private static WhatEachBrings side(List<WhatEachBrings> sides, long authorId) {
        return sides.stream().filter(s -> s.authorId() == authorId).findFirst()
                .orElse(WhatEachBrings.empty(authorId));
    }

    private long requireBothJoined(long partnerId) {
        long coupleId = couples.requireCoupleId(partnerId);
        if (!couples.coupleOf(partnerId).map(Couple::complete).orElse(false)) {
            throw new ConflictException(Phrase.of("practice.conflict.your-partner-has-not"));
        }
        return coupleId;
    }
}
