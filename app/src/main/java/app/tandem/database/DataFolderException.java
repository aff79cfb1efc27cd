package app.tandem.database;

/**
 * The data folder cannot be used: it is a file, cannot be created or written, or another
 * Tandem holds it. Its message is one line with the cause and what to do; start-up prints that
 * line instead of a stack trace ({@link DataFolderFailureAnalyzer}).
 */
public class DataFolderException extends IllegalStateException {

    private final String action;

    DataFolderException(String cause, String action) {
        super(cause + " " + action);
        this.action = action;
    }

    /** What the person running Tandem can do about it. */
    public String action() {
        return action;
    }
}
