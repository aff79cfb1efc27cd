package app.tandem.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What kind of failure an exception is, for the answers that are not a bug (503, 400, 413). */
final class Failures {

    private Failures() {}

    /** The database cannot be reached (down, restarting, pool exhausted): 503, try again shortly. */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-03: the server is shutting down or starting up
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** PostgreSQL refused a character (U+0000 in text, for one) that slipped past the checks: 400. */
    static boolean characterRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ("22021".equals(sql.getSQLState())
                    || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Too much at once (see {@link app.tandem.kernel.BusyException}): 503, try again in a few seconds. */
    static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof app.tandem.kernel.BusyException) {
                return true;
            }
        }
        return false;
    }

    /** The request body was larger than Tandem reads: 413. */
    static boolean bodyTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestLimits.BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    static final String DATABASE_UNAVAILABLE = "Tandem cannot reach its database just now, so nothing could be "
            + "read or saved. It usually comes back within a minute; please try again shortly.";
    static final String CHARACTER_REFUSED = "The request contains a character Tandem does not accept "
            + "(a control character such as U+0000, or half of a surrogate pair). Remove it and try again.";
    static final String BUSY = "Tandem is busy just now; nothing was done. Please try again in a few seconds.";
    static final String BODY_TOO_LARGE = "The request is larger than Tandem accepts.";
}
