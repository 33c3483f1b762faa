package fi.polku.reporting.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;
import fi.polku.platform.messaging.RecordBatches;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Projects every domain event into the reporting tables, once per event id, through the platform's
 * {@link EventHandlers}: each {@link Projection} contributes its handlers by full versioned type. Events of a type
 * no projection handles are skipped and counted in the metric {@value #SKIPPED_METRIC}, never a reason to stop; a
 * handled type in a version no projection knows goes to the dead-letter topic. While a {@link ProjectionRebuild}
 * runs, the live consumer waits for it (see {@link ProjectionLock}).
 *
 * <p>Each poll's records are applied in one transaction ({@link #applyAll}, through {@link RecordBatches}); only a
 * poll that fails is applied again one record at a time, so that the failing record alone goes to the dead-letter
 * topic.
 */
@ApplicationScoped
public class EventProjector {

    /** The consumer name under which processed events are recorded; a rebuild clears exactly these rows. */
    public static final String CONSUMER = "reporting.projections";
    public static final String SKIPPED_METRIC = "polku.reporting.events.skipped";

    private final ProjectionLock lock;
    private final EventHandlers handlers;

    public EventProjector(EventConsumer consumer, ProjectionLock lock, Instance<Projection> projections) {
        this.lock = lock;
        this.handlers = consumer.handlers(CONSUMER, SKIPPED_METRIC);
        projections.forEach(projection -> projection.handlers().forEach((type, handler) ->
                handlers.onEvent(type, event -> handler.accept(EventData.of(event)))));
    }

    /** A poll's records, applied off the event loop; a failed record is nacked (dead-lettered), the others acked. */
    @Incoming("polku-events")
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.settle(batch, records -> {
            Map<Integer, RuntimeException> failed = new LinkedHashMap<>();
            lock.live(() -> failed.putAll(applyAll(records)));
            return failed;
        });
    }

    /**
     * Applies the record values in their order, each unless this consumer has applied its event already: all in one
     * transaction, or, when that fails, one by one. The live consumer and the rebuild both apply through here.
     *
     * @return the failures of the records that could not be applied, by their index in {@code records}
     */
    Map<Integer, RuntimeException> applyAll(List<String> records) {
        return RecordBatches.applyAll(records, handlers::consumeAll, handlers::consume);
    }
}
