package app.tandem.notification;

/** A channel could not deliver now (SMTP down, push service 5xx or 429): try again later. */
public class DeliveryFailedException extends RuntimeException {

    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeliveryFailedException(String message) {
        super(message);
    }
}
