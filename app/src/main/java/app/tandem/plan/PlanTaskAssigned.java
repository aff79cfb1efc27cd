package app.tandem.plan;

/**
 * A task of a plan was given to {@code ownerId}: load makes it a one-off load item, in the same
 * transaction (its listener is synchronous), so the plan never lists a task the load does not show.
 */
public record PlanTaskAssigned(long planId, long coupleId, long assignedBy, long ownerId, String title) {}
