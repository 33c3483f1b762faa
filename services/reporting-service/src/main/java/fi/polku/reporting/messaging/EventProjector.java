package fi.polku.reporting.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Projects every domain event into the reporting tables, once per event id, through the platform's
 * {@link EventHandlers}: each {@link Projection} contributes its handlers by full versioned type. Events of a type
 * no projection handles are skipped and counted in the metric {@value #SKIPPED_METRIC}, never a reason to stop; a
 * handled type in a version no projection knows goes to the dead-letter topic. While a {@link ProjectionRebuild}
 * runs, the live consumer waits for it (see {@link ProjectionLock}).
 *
 * <p>Each poll's records are applied in one transaction ({@link #applyAll}); only a poll that fails is applied again
 * one record at a time, so that the failing record alone goes to the dead-letter topic.
 */
@ApplicationScoped
public class EventProjector {

    /** The consumer name under which processed events are recorded; a rebuild clears exactly these rows. */
    public static final String CONSUMER = "reporting.projections";
    public static final String SKIPPED_METRIC = "polku.reporting.events.skipped";

    private static final Logger LOG = Logger.getLogger(EventProjector.class);

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
        return Uni.createFrom().item(() -> {
                    List<KafkaRecord<String, String>> records = batch.getRecords();
                    Map<Integer, RuntimeException> failed = new LinkedHashMap<>();
                    lock.live(() -> failed.putAll(applyAll(records.stream().map(KafkaRecord::getPayload).toList())));
                    return failed.isEmpty() ? batch.ack() : settle(records, failed);
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(settled -> Uni.createFrom().completionStage(settled));
    }

    private static CompletionStage<Void> settle(List<KafkaRecord<String, String>> records,
            Map<Integer, RuntimeException> failed) {
        List<CompletableFuture<Void>> settled = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            RuntimeException failure = failed.get(i);
            settled.add((failure == null ? records.get(i).ack() : records.get(i).nack(failure)).toCompletableFuture());
        }
        return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new));
    }

    /**
     * Applies the record values in their order, each unless this consumer has applied its event already: all in one
     * transaction, or, when that fails, one by one. The live consumer and the rebuild both apply through here.
     *
     * @return the failures of the records that could not be applied, by their index in {@code records}
     */
    Map<Integer, RuntimeException> applyAll(List<String> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        try {
            handlers.consumeAll(records);
            return Map.of();
        } catch (RuntimeException batchFailure) {
            LOG.debugf("A batch of %d records failed (%s); applying them one by one", records.size(),
                    batchFailure.getMessage());
        }
        Map<Integer, RuntimeException> failed = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                handlers.consume(records.get(i));
            } catch (RuntimeException e) {
                failed.put(i, e);
            }
        }
        return failed;
    }
}
