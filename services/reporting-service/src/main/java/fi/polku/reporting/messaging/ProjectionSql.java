package fi.polku.reporting.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The projectors' SQL, for the transaction that records the events as processed: queued, and run batched just
 * before that transaction commits ({@link ProjectionStatements}), so that a poll's statements are a few round trips
 * instead of one each. Each statement names the clients whose rows it reads or writes, which keeps one client's
 * statements in their order.
 */
@ApplicationScoped
class ProjectionSql {

    private static final Object STATEMENTS = ProjectionSql.class.getName() + ".statements";

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;

    ProjectionSql(DataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** Updates the client's flow row, creating it first (topics are not ordered between them). */
    void updateClient(UUID clientId, String setClause, Map<String, Object> parameters) {
        updateClient(clientId, List.of(clientId), setClause, parameters);
    }

    /** Updates the client's flow row with an update that reads the rows of {@code clients} (the client among them). */
    void updateClient(UUID clientId, List<UUID> clients, String setClause, Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("clientId", clientId);
        ProjectionStatements statements = statements();
        statements.makeSureOfFlowRow(clientId);
        statements.add(clients, "UPDATE client_flow SET " + setClause + " WHERE client_id = :clientId", all);
    }

    /** Runs a statement that reads and writes only the client's rows. */
    void execute(UUID clientId, String sql, Map<String, Object> parameters) {
        execute(List.of(clientId), sql, parameters);
    }

    /**
     * Runs a statement that reads and writes the rows of {@code clients}; one that names none (e.g. a provider's
     * row) runs after all statements before it and before all after it.
     */
    void execute(List<UUID> clients, String sql, Map<String, Object> parameters) {
        statements().add(clients, sql, parameters);
    }

    private ProjectionStatements statements() {
        ProjectionStatements statements = (ProjectionStatements) transactions.getResource(STATEMENTS);
        if (statements == null) {
            statements = new ProjectionStatements(dataSource);
            transactions.putResource(STATEMENTS, statements);
            transactions.registerInterposedSynchronization(statements);
        }
        return statements;
    }

    /** A parameter value that may be null, with the type to bind a null as. */
    static Object nullable(Object value, Class<?> type) {
        return value == null ? new Null(type) : value;
    }

    /** Parameters of which some values may be null; Map.of refuses nulls. */
    static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    record Null(Class<?> type) {
    }
}
