package app.tandem.repair;

/** A hurt is open until the hurt partner accepts a repair attempt. */
public enum HurtStatus { OPEN, REPAIRED }
