package app.tandem.notification;

import org.springframework.context.ApplicationContext;

/**
 * Runs a node's delivery round now, for tests (the shared context's own loop is set to wait an
 * hour, so that a test decides when deliveries happen).
 */
public final class DeliveryRounds {

    private DeliveryRounds() {}

    /** Fires due prompts, then delivers everything due (a round takes 50 groups a channel at most). */
    public static void run(ApplicationContext node) {
        node.getBean(DuePrompts.class).fireDue();
        DeliveryWorker worker = node.getBean(DeliveryWorker.class);
        for (int round = 0; round < 100 && worker.deliverDue() > 0; round++) {
            // until nothing is due
        }
    }
}
