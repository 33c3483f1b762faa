package fi.polku.reporting.messaging;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;

/**
 * One transaction's projection statements, run with JDBC just before it commits: in the connection of the
 * transaction, so that a statement that fails fails the commit and the transaction changes nothing.
 *
 * <p>The order: each statement names the clients whose rows it reads or writes, and takes the layer after the
 * latest statement of each of them; the layers run in their order, and in a layer the statements of one SQL run
 * together as one JDBC batch, in their order. So one client's statements run in their order, while those of
 * different clients, which touch different rows, may change places. Clients that one statement touches (a merge)
 * count as one client for the rest of the transaction, since the rows of one may now be the other's. A statement
 * that names no client runs after every statement before it and before every statement after it. The clients' flow
 * rows are made sure of first, with one statement: an empty flow row is nothing another statement could miss.
 */
final class ProjectionStatements implements Synchronization {

    private static final String FLOW_ROWS = """
            INSERT INTO client_flow (client_id) SELECT unnest(CAST(? AS uuid[])) ON CONFLICT DO NOTHING""";

    private final DataSource dataSource;
    private final Set<UUID> flowRows = new LinkedHashSet<>();
    /** The statements' values by layer, and in a layer by SQL. */
    private final SortedMap<Integer, Map<PositionalSql, List<Object[]>>> layers = new TreeMap<>();
    /** The layer of the latest statement of each client that has not joined another. */
    private final Map<UUID, Integer> latestLayer = new HashMap<>();
    private final Map<UUID, UUID> joined = new HashMap<>();
    /** The lowest layer a statement may take: above the latest statement that names no client. */
    private int floor;

    ProjectionStatements(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void makeSureOfFlowRow(UUID clientId) {
        flowRows.add(clientId);
    }

    void add(List<UUID> clients, String sql, Map<String, Object> parameters) {
        PositionalSql positional = PositionalSql.of(sql);
        Object[] values = positional.values(parameters);
        layers.computeIfAbsent(layerFor(clients), layer -> new LinkedHashMap<>())
                .computeIfAbsent(positional, s -> new ArrayList<>()).add(values);
    }

    private int layerFor(List<UUID> clients) {
        if (clients.isEmpty()) {
            int layer = layers.isEmpty() ? floor : Math.max(floor, layers.lastKey() + 1);
            floor = layer + 1;
            return layer;
        }
        Set<UUID> roots = new HashSet<>();
        clients.forEach(client -> roots.add(root(client)));
        int layer = floor;
        for (UUID root : roots) {
            layer = Math.max(layer, latestLayer.getOrDefault(root, -1) + 1);
        }
        UUID first = root(clients.get(0));
        for (UUID root : roots) {
            if (!root.equals(first)) {
                joined.put(root, first);
                latestLayer.remove(root);
            }
        }
        latestLayer.put(first, layer);
        return layer;
    }

    private UUID root(UUID client) {
        UUID root = client;
        for (UUID next = joined.get(root); next != null; next = joined.get(root)) {
            root = next;
        }
        return root;
    }

    @Override
    public void beforeCompletion() {
        try (Connection connection = dataSource.getConnection()) {
            if (!flowRows.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(FLOW_ROWS)) {
                    insert.setArray(1, connection.createArrayOf("uuid", flowRows.toArray()));
                    insert.executeUpdate();
                }
            }
            for (Map<PositionalSql, List<Object[]>> layer : layers.values()) {
                for (Map.Entry<PositionalSql, List<Object[]>> run : layer.entrySet()) {
                    executeBatch(connection, run.getKey(), run.getValue());
                }
            }
        } catch (SQLException e) {
            // pgjdbc's batch error spells the statement out with its values; the database's own error does not
            SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null
                    ? e.getNextException() : e;
            throw new PersistenceException("The projections' statements failed: " + cause.getMessage(), cause);
        }
    }

    private static void executeBatch(Connection connection, PositionalSql sql, List<Object[]> runs)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
            for (Object[] values : runs) {
                PositionalSql.bind(statement, values);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @Override
    public void afterCompletion(int status) {
    }
}
