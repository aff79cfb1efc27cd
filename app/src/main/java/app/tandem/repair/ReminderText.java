package app.tandem.repair;

/**
 * A reminder to send, checked by its input: the commitment quoted from the agreement in force
 * ({@link Quotable}), the message, and the need it follows, if any.
 */
public record ReminderText(Long needId, String commitment, String message) {}
