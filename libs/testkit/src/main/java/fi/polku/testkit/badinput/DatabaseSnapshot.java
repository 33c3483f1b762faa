package fi.polku.testkit.badinput;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * The row count and a content hash of every table of a service's database, and the newest outbox row, so that a
 * rejected request can be shown to have changed nothing. Left out: Flyway's history, the outbox itself (the relay
 * marks and deletes rows in the background; new rows show in {@code outboxSeq}) and the consumers' processed-event
 * log (Kafka consumers write it in the background).
 */
public record DatabaseSnapshot(Map<String, String> tables, long outboxSeq) {

    private static final List<String> LEFT_OUT = List.of("flyway_schema_history", "outbox_event", "processed_event");

    public static DatabaseSnapshot take(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<String, String> tables = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery(query(tableNames(statement)))) {
                while (rows.next()) {
                    tables.put(rows.getString(1), rows.getLong(2) + " rows, " + rows.getString(3));
                }
            }
            try (ResultSet seq = statement.executeQuery("SELECT coalesce(max(seq), 0) FROM outbox_event")) {
                seq.next();
                return new DatabaseSnapshot(tables, seq.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take a snapshot of the database", e);
        }
    }

    /** What differs from an earlier snapshot, for a failure message; empty when nothing does. */
    public String differencesFrom(DatabaseSnapshot before) {
        List<String> differences = new ArrayList<>();
        tables.forEach((table, state) -> {
            if (!state.equals(before.tables.get(table))) {
                differences.add(table + ": " + before.tables.get(table) + " -> " + state);
            }
        });
        if (outboxSeq != before.outboxSeq) {
            differences.add("outbox_event: " + (outboxSeq - before.outboxSeq) + " new row(s)");
        }
        return String.join("; ", differences);
    }

    private static List<String> tableNames(Statement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rows.next()) {
                if (!LEFT_OUT.contains(rows.getString(1))) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static String query(List<String> tables) {
        return tables.stream()
                .map(table -> "SELECT '" + table + "', count(*), "
                        + "md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"" + table + "\" t")
                .collect(Collectors.joining(" UNION ALL "));
    }
}
