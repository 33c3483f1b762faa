package fi.polku.reporting.messaging;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.query.NativeQuery;

/** Runs the projectors' SQL in the transaction that records the event as processed. */
@ApplicationScoped
class ProjectionSql {

    /** The key of the set of clients whose flow row the current transaction has made sure of. */
    private static final Object FLOW_ROWS = ProjectionSql.class.getName() + ".flowRows";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;

    ProjectionSql(EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /**
     * Runs an update of the client's flow row, creating the row first (topics are not ordered between them) unless
     * an earlier event of the same transaction (a poll's batch) has.
     */
    void updateClient(UUID clientId, String setClause, Map<String, Object> parameters) {
        if (flowRowsMadeSureOf().add(clientId)) {
            execute("INSERT INTO client_flow (client_id) VALUES (:clientId) ON CONFLICT DO NOTHING",
                    Map.of("clientId", clientId));
        }
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("clientId", clientId);
        execute("UPDATE client_flow SET " + setClause + " WHERE client_id = :clientId", all);
    }

    int execute(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach((name, value) -> {
            if (value instanceof Null typed) {
                query.unwrap(NativeQuery.class).setParameter(name, null, typed.type());
            } else {
                query.setParameter(name, value);
            }
        });
        return query.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> flowRowsMadeSureOf() {
        Set<UUID> clients = (Set<UUID>) transactions.getResource(FLOW_ROWS);
        if (clients == null) {
            clients = new HashSet<>();
            transactions.putResource(FLOW_ROWS, clients);
        }
        return clients;
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

    private record Null(Class<?> type) {
    }
}
