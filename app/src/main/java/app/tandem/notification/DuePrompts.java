package app.tandem.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires prompts whose time has come, on whichever node claims them first: each becomes inbox
 * entries (and their deliveries) and is marked fired in one transaction, so it runs once across
 * nodes and survives restarts (the row waits in the database, not in a node's memory).
 */
@Component
class DuePrompts {

    /** Prompts that wait for their recipient to act on the thread: acting there ends them. */
    static final List<NotificationKind> ENDED_BY_ACTING =
            List.of(NotificationKind.NEED_WAITING, NotificationKind.BID_WAITING, NotificationKind.FOLLOW_THROUGH_DUE);
    private static final int BATCH = 50;

    private final PromptRepository prompts;
    private final DeliveryPlans plans;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DuePrompts(PromptRepository prompts, DeliveryPlans plans, TransactionTemplate transactions, Clock clock) {
        this.prompts = prompts;
        this.plans = plans;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Fires what is due; returns how many prompts fired. */
    int fireDue() {
        int fired = 0;
        while (true) {
            Integer batch = transactions.execute(tx -> fireBatch());
            if (batch == null || batch == 0) {
                return fired;
            }
            fired += batch;
        }
    }

    private int fireBatch() {
        Instant now = clock.instant();
        List<PromptRepository.Due> due = prompts.claimDue(now, BATCH);
        for (PromptRepository.Due prompt : due) {
            for (PromptRepository.Told told : prompts.tell(prompt, now)) {
                plans.plan(told.notificationId(), told.recipientId(), prompt.kind(), now);
            }
            prompts.fired(prompt.id(), now);
        }
        return due.size();
    }
}
