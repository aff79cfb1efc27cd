package app.tandem.kernel;

/** Too much at once (a burst of password checks): answered 503 with Retry-After, nothing was done. */
public class BusyException extends RuntimeException {

    public BusyException(String message) {
        super(message);
    }
}
