package app.tandem.load;

import app.tandem.plan.PlanTaskAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who does what for a planned event becomes a one-off load item. Synchronous, like
 * {@link RecurringNeeds}: the plan's task and the item commit together, so the plan never lists a
 * task the load does not show.
 */
@Component
class PlanTasks {

    /** A first guess the couple can change on the item's page. */
    static final int MINUTES = 30;

    private final LoadService load;

    PlanTasks(LoadService load) {
        this.load = load;
    }

    @EventListener
    void on(PlanTaskAssigned assigned) {
        load.carryPlanTask(assigned.assignedBy(), assigned.ownerId(), assigned.title());
    }
}
