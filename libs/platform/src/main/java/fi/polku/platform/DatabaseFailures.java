package fi.polku.platform;

import java.sql.SQLException;
import java.sql.SQLTransientException;

import org.hibernate.exception.JDBCConnectionException;

/** Tells a database that cannot be reached (retry later) from an error in the request or the data. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionFailure(sql)) {
                return true;
            }
        }
        return false;
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
