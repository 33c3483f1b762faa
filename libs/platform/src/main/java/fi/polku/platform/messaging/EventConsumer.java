package fi.polku.platform.messaging;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fi.polku.platform.DatabaseFailures;
import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.CloudEventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs an event handler exactly once per event id and consumer: the id is recorded in {@code processed_event} in
 * the same transaction as the handler's state change, so a redelivered event changes nothing.
 * A record that is not a valid event, or whose handler fails for a reason other than an unreachable database,
 * is rethrown so that the channel's dead-letter strategy moves it aside and the consumer goes on. While the
 * database is unreachable, or when another consumer changed the same row at the same moment, the handler is
 * retried, keeping the partition's order.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final int MAX_ATTEMPTS = 60;
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    private final EntityManager entityManager;
    private final CloudEventCodec codec;
    private final MeterRegistry registry;

    public EventConsumer(EntityManager entityManager, CloudEventCodec codec, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.registry = registry;
    }

    /**
     * The registry of a consumer's handlers by versioned event type: the one way a service declares what it
     * consumes.
     *
     * @param consumer a stable name for the consuming handlers; the same event may be handled once per name
     * @param skippedMetric the counter of the events of a type the consumer does not handle, tagged with the type
     */
    public EventHandlers handlers(String consumer, String skippedMetric) {
        return new EventHandlers(consumer, skippedMetric, this, codec, registry);
    }

    /**
     * @param consumer a stable name for the consuming handler; the same event may be handled once per name
     * @param record the Kafka record value
     * @param handler the state change; runs in the transaction that records the event as processed
     */
    public void consume(String consumer, String record, Consumer<CloudEvent> handler) {
        consume(consumer, codec.read(record), handler);
    }

    /**
     * Handles the record values in their order in one transaction, each once per event id, as {@link #consume} does
     * each; when one fails, none is handled.
     */
    public void consumeAll(String consumer, List<String> records, Consumer<CloudEvent> handler) {
        consumeAll(consumer, records.stream().map(codec::read).toList(), event -> handler);
    }

    void consume(String consumer, CloudEvent event, Consumer<CloudEvent> handler) {
        boolean handled = withRetries(consumer, "event " + event.id(),
                () -> QuarkusTransaction.requiringNew().call(() -> handleOnce(consumer, event, handler)));
        count(consumer, event, handled);
    }

    /**
     * Handles the events in their order in one transaction, each once per event id: their ids are recorded with one
     * statement. When one handler fails, none of the events is handled (so the caller can go one by one).
     */
    void consumeAll(String consumer, List<CloudEvent> events, Function<CloudEvent, Consumer<CloudEvent>> handlers) {
        Set<String> handled = withRetries(consumer, events.size() + " events", () -> QuarkusTransaction
                .requiringNew().call(() -> {
                    Set<String> first = recordFirstDeliveries(consumer, events);
                    Set<String> done = new HashSet<>();
                    for (CloudEvent event : events) {
                        if (first.contains(event.id()) && done.add(event.id())) {
                            handlers.apply(event).accept(event);
                        }
                    }
                    return done;
                }));
        Set<String> counted = new HashSet<>();
        events.forEach(event -> count(consumer, event, handled.contains(event.id()) && counted.add(event.id())));
    }

    private void count(String consumer, CloudEvent event, boolean handled) {
        registry.counter("polku.events.consumed", "consumer", consumer, "type", event.simpleType(),
                "outcome", handled ? "handled" : "duplicate").increment();
    }

    private static <T> T withRetries(String consumer, String what, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                boolean retryable = DatabaseFailures.isUnavailable(e) || DatabaseFailures.isConcurrentUpdate(e);
                if (!retryable || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("Database unavailable or a concurrent update while %s handled %s; retrying"
                        + " (attempt %d)", consumer, what, attempt);
                pause();
            }
        }
    }

    /**
     * Runs the handler in the caller's transaction unless this consumer has handled the event already; for an event
     * that reaches a handler by another way than its topic (e.g. the producing service's own outbox).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean handleOnce(String consumer, CloudEvent event, Consumer<CloudEvent> handler) {
        if (!recordFirstDelivery(consumer, event.id())) {
            return false;
        }
        handler.accept(event);
        return true;
    }

    private boolean recordFirstDelivery(String consumer, String eventId) {
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :eventId)
                        ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate();
        return inserted == 1;
    }

    private Set<String> recordFirstDeliveries(String consumer, List<CloudEvent> events) {
        @SuppressWarnings("unchecked")
        List<String> inserted = entityManager.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id)
                        SELECT :consumer, id FROM unnest(CAST(:eventIds AS text[])) AS id
                        ON CONFLICT DO NOTHING RETURNING event_id""", String.class)
                .setParameter("consumer", consumer)
                .setParameter("eventIds", events.stream().map(CloudEvent::id).toArray(String[]::new))
                .getResultList();
        return new HashSet<>(inserted);
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
