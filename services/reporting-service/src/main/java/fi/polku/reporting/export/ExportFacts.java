package fi.polku.reporting.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.polku.platform.persistence.SqlValues;

/** The export's log of facts, in the order the reporting service received them. */
@ApplicationScoped
class ExportFacts {

    /**
     * The advisory lock every appending transaction takes first: appends are serialised, so sequence numbers become
     * visible in their order and a reader that has seen fact n never sees a fact below n appear later (which a cursor
     * would skip). Without it, two replicas' transactions could commit their numbers out of order.
     */
    private static final long APPEND_LOCK = 0x706F6C6B75L;
    /** The key under which a transaction notes that it holds {@link #APPEND_LOCK} (a poll appends many facts). */
    private static final Object LOCK_HELD = ExportFacts.class.getName() + ".appendLockHeld";
    private static final OffsetDateTime BEGINNING = Instant.EPOCH.atOffset(ZoneOffset.UTC);

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;

    ExportFacts(EntityManager entityManager, ObjectMapper mapper, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.transactions = transactions;
    }

    void append(String eventId, ExportFactType type, UUID clientId, OffsetDateTime occurredAt, JsonNode fields) {
        if (transactions.getResource(LOCK_HELD) == null) {
            entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(:lock)").setParameter("lock", APPEND_LOCK)
                    .getSingleResult();
            transactions.putResource(LOCK_HELD, Boolean.TRUE);
        }
        Query insert = entityManager.createNativeQuery("""
                        INSERT INTO export_fact (event_id, type, client_id, occurred_at, fields)
                        VALUES (:eventId, :type, :clientId, :occurredAt, CAST(:fields AS jsonb))
                        ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("eventId", eventId)
                .setParameter("type", type.name())
                .setParameter("fields", json(fields));
        insert.unwrap(NativeQuery.class).setParameter("clientId", clientId, UUID.class);
        insert.unwrap(NativeQuery.class).setParameter("occurredAt", occurredAt, OffsetDateTime.class);
        insert.executeUpdate();
    }

    /** At most {@code limit} facts of the selection, by sequence. */
    List<StoredFact> after(FactSelection selection, long untilSequence, int limit) {
        List<?> rows = selected("""
                SELECT sequence, event_id, type, CAST(client_id AS varchar), occurred_at, recorded_at,
                       CAST(fields AS varchar)
                FROM export_fact""", selection, untilSequence)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> fact((Object[]) row)).toList();
    }

    long count(FactSelection selection, long untilSequence) {
        return ((Number) selected("SELECT count(*) FROM export_fact", selection, untilSequence).getSingleResult())
                .longValue();
    }

    /** The sequence number of the latest fact, 0 when there is none. */
    long lastSequence() {
        return ((Number) entityManager.createNativeQuery("SELECT COALESCE(max(sequence), 0) FROM export_fact")
                .getSingleResult()).longValue();
    }

    private Query selected(String select, FactSelection selection, long untilSequence) {
        boolean counting = select.contains("count(");
        return entityManager.createNativeQuery(select + " " + """
                         WHERE sequence > :after AND sequence <= :until AND recorded_at >= :since
                           AND type IN (:types)""" + (counting ? "" : " ORDER BY sequence"))
                .setParameter("after", selection.afterSequence())
                .setParameter("until", untilSequence)
                .setParameter("since", selection.since() == null ? BEGINNING : selection.since())
                .setParameter("types", selection.typeNames());
    }

    private StoredFact fact(Object[] row) {
        try {
            return new StoredFact(((Number) row[0]).longValue(), (String) row[1], ExportFactType.valueOf((String) row[2]),
                    row[3] == null ? null : UUID.fromString((String) row[3]), SqlValues.offsetDateTime(row[4]),
                    SqlValues.offsetDateTime(row[5]), mapper.readTree((String) row[6]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export_fact " + row[0] + " holds no JSON", e);
        }
    }

    private String json(JsonNode fields) {
        try {
            return mapper.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
