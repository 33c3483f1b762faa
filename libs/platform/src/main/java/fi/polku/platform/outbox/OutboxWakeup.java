package fi.polku.platform.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;

/**
 * Wakes the relay as soon as a transaction that wrote outbox rows commits: an insert trigger sends
 * {@code NOTIFY polku_outbox}, which PostgreSQL delivers at commit. The listening connection is opened outside the
 * pool, since LISTEN is session state. Falls back to a plain sleep while it cannot be (re)established.
 */
final class OutboxWakeup implements AutoCloseable {

    static final String CHANNEL = "polku_outbox";

    interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    private final ConnectionFactory connections;
    private Connection connection;

    OutboxWakeup(ConnectionFactory connections) {
        this.connections = connections;
    }

    void await(Duration timeout) throws InterruptedException {
        try {
            PGConnection listener = listening();
            listener.getNotifications((int) timeout.toMillis());
        } catch (SQLException e) {
            close();
            Thread.sleep(timeout.toMillis());
        }
    }

    private PGConnection listening() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = connections.open();
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
        }
        return connection.unwrap(PGConnection.class);
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is broken already; nothing more to release
            }
            connection = null;
        }
    }
}
