package app.tandem.notification;

import app.tandem.notification.DeliveryChannel.Channel;
import app.tandem.partner.Partner;
import app.tandem.partner.PartnerService;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings due deliveries to their channels, one recipient's group per transaction: claim, send,
 * mark. The transaction holds the rows' locks while the channel sends, so another node skips
 * them; if this node dies mid-way, PostgreSQL ends its session, the locks go, and the rows are
 * still pending for the next node (at least once: a crash after the SMTP server took the message
 * and before the commit sends it again). A failure counts an attempt and waits its back-off;
 * nothing here runs inside a partner's action.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int GROUPS_PER_ROUND = 50;

    private final DeliveryRepository deliveries;
    private final DeliveryPlans plans;
    private final PreferenceRepository preferences;
    private final PartnerService partners;
    private final List<DeliveryChannel> channels;
    private final DeliverySettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Quotes quotes;

    DeliveryWorker(DeliveryRepository deliveries, DeliveryPlans plans, PreferenceRepository preferences,
            PartnerService partners, List<DeliveryChannel> channels, DeliverySettings settings,
            TransactionTemplate transactions, Clock clock, Quotes quotes) {
        this.deliveries = deliveries;
        this.plans = plans;
        this.preferences = preferences;
        this.partners = partners;
        this.channels = onePerKind(channels);
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.quotes = quotes;
    }

    /** Everything due now on every usable channel; returns how many groups were handled. */
    int deliverDue() {
        int handled = 0;
        for (DeliveryChannel channel : channels) {
            if (!channel.enabled()) {
                continue;
            }
            Set<Long> busyElsewhere = new HashSet<>();
            for (int i = 0; i < GROUPS_PER_ROUND; i++) {
                Boolean done = transactions.execute(tx -> deliverOneGroup(channel, busyElsewhere));
                if (!Boolean.TRUE.equals(done)) {
                    break;
                }
                handled++;
            }
        }
        return handled;
    }

    /** False when nothing more is due on this channel. */
    private boolean deliverOneGroup(DeliveryChannel channel, Set<Long> skip) {
        Instant now = clock.instant();
        Optional<Long> due = deliveries.dueRecipient(channel.channel(), now, skip);
        if (due.isEmpty()) {
            return false;
        }
        long recipient = due.get();
        skip.add(recipient); // one group per recipient a round: a failing one cannot hog the loop
        if (!deliveries.lock(channel.channel(), recipient)) {
            return true; // another node is sending to them now
        }
        List<DeliveryRepository.Pending> group =
                deliveries.group(recipient, channel.channel(), now, now.plus(settings.groupWindow()));
        if (group.isEmpty()) {
            return true;
        }
        List<Long> ids = DeliveryRepository.ids(group);
        List<Notification> unseen = group.stream().map(DeliveryRepository.Pending::entry)
                .filter(Notification::unread).toList();
        Optional<Partner> partner = partners.find(recipient);
        if (unseen.isEmpty() || partner.isEmpty()) {
            deliveries.delivered(ids, now); // already seen in the app: nothing left to say
            return true;
        }
        try {
            boolean includeText = preferences.of(recipient).includeText();
            channel.deliver(new Delivery(recipient, partner.get().displayName(), unseen, includeText,
                    includeText ? quotes.of(recipient, unseen) : Map.of()));
            deliveries.delivered(ids, now);
        } catch (RuntimeException failed) {
            int failures = group.stream().mapToInt(DeliveryRepository.Pending::attempts).max().orElse(0) + 1;
            // The kind of failure only: the message itself may carry what a partner opted to include.
            log.warn("Delivery by {} failed (attempt {}): {}", channel.channel(), failures,
                    failed.getClass().getSimpleName());
            deliveries.failed(ids, plans.retryAt(recipient, failures, now), now, settings.maxAttempts());
        }
        return true;
    }

    /**
     * The first channel of each kind, in the beans' order: a test (or an operator's own bean)
     * placed ahead stands in for the built-in one instead of being called beside it, so a
     * delivery row is never claimed by two channels of one kind.
     */
    private static List<DeliveryChannel> onePerKind(List<DeliveryChannel> ordered) {
        Map<Channel, DeliveryChannel> first = new EnumMap<>(Channel.class);
        ordered.forEach(c -> first.putIfAbsent(c.channel(), c));
        return List.copyOf(first.values());
    }

    boolean uses(Channel channel) {
        return channels.stream().anyMatch(c -> c.channel() == channel && c.enabled());
    }
}
