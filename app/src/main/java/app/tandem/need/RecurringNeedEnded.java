package app.tandem.need;

/** A recurring need's asker said "not any more": the load item it became is done with too. */
public record RecurringNeedEnded(long needId, long coupleId, long endedBy) {}
