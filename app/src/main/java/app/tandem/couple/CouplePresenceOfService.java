package app.tandem.couple;

import app.tandem.web.CouplePresence;
import org.springframework.stereotype.Component;

/** Tells the navigation whether the partner is in a couple, from the request's one couple lookup. */
@Component
class CouplePresenceOfService implements CouplePresence {

    private final CoupleService couples;

    CouplePresenceOfService(CoupleService couples) {
        this.couples = couples;
    }

    @Override
    public boolean inCouple(long partnerId) {
        return couples.inCouple(partnerId);
    }
}
