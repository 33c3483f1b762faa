package fi.polku.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import fi.polku.testkit.PostgresServer;

/** Short SQL look-ups in the system's PostgreSQL, for what the APIs do not show (counts, sample payloads). */
final class Postgres {

    private final PostgresServer server;

    Postgres(PostgresServer server) {
        this.server = server;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), PostgresServer.USER, "");
    }

    long count(String database, String sql, Object... parameters) {
        return Long.parseLong(text(database, sql, parameters));
    }

    String text(String database, String sql, Object... parameters) {
        try (Connection connection = connect(database);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No row: " + sql);
                }
                return result.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    int port() {
        return server.port();
    }
}
