package app.tandem.repair;

/** A repair attempt waits for the hurt partner, who accepts it or says what is still needed. */
public enum RepairStatus { PENDING, ACCEPTED, NOT_YET }
