package fi.polku.platform;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/** Tells a database that cannot be reached (retry later) from an error in the request or the data. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Looks through the causes and the suppressed errors too: a commit that fails because the server went away
     * surfaces as a RollbackException whose connection error is suppressed under it.
     */
    public static boolean isUnavailable(Throwable error) {
        return isUnavailable(error, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Two transactions changed the same row at once (a stale version, a serialization failure or a deadlock): the
     * loser may simply try again.
     */
    public static boolean isConcurrentUpdate(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
            if (cause instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isConcurrentUpdate(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isUnavailable(Throwable error, Set<Throwable> seen) {
        if (error == null || !seen.add(error)) {
            return false;
        }
        if (error instanceof JDBCConnectionException || error instanceof SQLTransientException
                || error instanceof SQLException sql && isConnectionFailure(sql)) {
            return true;
        }
        for (Throwable suppressed : error.getSuppressed()) {
            if (isUnavailable(suppressed, seen)) {
                return true;
            }
        }
        return isUnavailable(error.getCause(), seen);
    }

    private static boolean isConnectionFailure(SQLException error) {
        String state = error.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("57P");
        }
        String message = error.getMessage();
        return message != null && message.toLowerCase().contains("acquisition timeout");
    }
}
