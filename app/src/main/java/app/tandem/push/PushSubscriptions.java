package app.tandem.push;

import app.tandem.kernel.InvalidInputException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.Phrase;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's devices with push on. Each belongs to one partner: another partner's id is "not
 * found". A subscription goes when its partner removes it (or turns push off in that browser),
 * signs out on that device, deletes the account (the database cascades), or when the push
 * service says it is gone (404/410).
 */
@Service
public class PushSubscriptions {

    /** More browsers than anyone carries; it bounds what one delivery fans out to. */
    static final int MAX_DEVICES = 20;

    private final PushSubscriptionRepository subscriptions;
    private final PushEndpoints endpoints;
    private final Clock clock;

    PushSubscriptions(PushSubscriptionRepository subscriptions, PushEndpoints endpoints, Clock clock) {
        this.subscriptions = subscriptions;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    /** {@code deviceKey} names the browser it came from (null from the API): signing out there removes it. */
    @Transactional
    public PushSubscription subscribe(long partnerId, Subscribe subscribe, String deviceKey) {
        endpoints.check(subscribe.endpoint());
        List<PushSubscription> mine = subscriptions.of(partnerId);
        boolean known = mine.stream().anyMatch(s -> s.endpoint().equals(subscribe.endpoint()));
        if (!known && mine.size() >= MAX_DEVICES) {
            throw new InvalidInputException(PushEndpoints.FIELD, Phrase.of("push.error.devices", MAX_DEVICES));
        }
        return subscriptions.upsert(partnerId, subscribe, deviceKey, clock.instant());
    }

    public List<PushSubscription> of(long partnerId) {
        return subscriptions.of(partnerId);
    }

    @Transactional
    public void remove(long partnerId, long id) {
        if (subscriptions.delete(partnerId, id) == 0) {
            throw new NotFoundException("Push subscription");
        }
    }

    /** The partner signed out in the browser this key names. */
    @Transactional
    public int signedOut(long partnerId, String deviceKey) {
        return subscriptions.deleteDevice(partnerId, deviceKey);
    }

    /** The push service answered 404 or 410: the browser dropped it, and it will never work again. */
    @Transactional
    void gone(PushSubscription subscription) {
        subscriptions.deleteGone(subscription.id(), subscription.endpoint());
    }
}
