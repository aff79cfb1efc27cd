package app.tandem.kernel;

/**
 * The thing asked for does not exist for this partner. Another couple's things are "not
 * found" too, never "forbidden": a partner must not learn that they exist.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
