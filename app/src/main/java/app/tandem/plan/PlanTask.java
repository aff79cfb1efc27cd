package app.tandem.plan;

/** Who does what before the event (travel, a gift, the babysitter); it is a one-off load item too. */
public record PlanTask(long id, String text, Long ownerId) {}
