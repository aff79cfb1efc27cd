package app.tandem.web;

/** The action is valid in general but not now, in this state; the message says why. */
public class ConflictException extends RuntimeException {

    public ConflictException(String why) {
        super(why);
    }
}
