package app.tandem.web;

import app.tandem.kernel.BusyException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** What kind of failure an exception is, for the answers that are not a bug (503, 400, 413). */
final class Failures {

    // Message keys (i18n/messages*.properties): a page says them in the reader's language, the
    // API's problem detail in English (docs/translating.md).
    static final String DATABASE_UNAVAILABLE = "error.status.503";
    static final String BUSY = "error.busy";
    static final String CHARACTER_REFUSED = "error.character-refused";
    static final String BODY_TOO_LARGE = "error.status.413";

    /** Hikari's "(total=10, active=10, idle=0, waiting=3)". */
    private static final Pattern POOL_STATE = Pattern.compile("total=(\\d+), active=(\\d+), idle=0");

    private Failures() {}

    /** The database cannot be reached (down, restarting, connection cut): 503, try again shortly. */
    static boolean databaseUnavailable(Throwable e) {
        return anyCause(e, t -> t instanceof CannotGetJdbcConnectionException
                || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                || t instanceof ConnectException || t instanceof DataAccessResourceFailureException
                // 08: connection exception; 57P01-03: the server is shutting down or starting up
                || t instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                // commit or rollback failed: the connection went with the database
                || t instanceof TransactionSystemException failed && (failed.getApplicationException() != null
                        && databaseUnavailable(failed.getApplicationException())
                        || t.getCause() instanceof SQLException sql && sql.getMessage() != null
                                && sql.getMessage().contains("Connection is closed")));
    }

    /**
     * Too much at once: a burst of password checks ({@link BusyException}), or every connection
     * of the pool in use for the whole wait (the database is there, just busy). 503, try again.
     */
    static boolean busy(Throwable e) {
        return anyCause(e, t -> t instanceof BusyException
                || t instanceof SQLTransientConnectionException && t.getMessage() != null && poolFull(t.getMessage()));
    }

    /** PostgreSQL refused a character (U+0000 in text, for one) that slipped past the checks: 400. */
    static boolean characterRefused(Throwable e) {
        return anyCause(e, t -> t instanceof SQLException sql
                && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState())));
    }

    /** The request body was larger than Tandem reads: 413. */
    static boolean bodyTooLarge(Throwable e) {
        return anyCause(e, t -> t instanceof RequestLimits.BodyTooLargeException);
    }

    private static boolean poolFull(String message) {
        var pool = POOL_STATE.matcher(message);
        return pool.find() && Integer.parseInt(pool.group(1)) > 0 && pool.group(1).equals(pool.group(2));
    }

    private static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }
}
