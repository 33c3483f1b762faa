package fi.polku.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * A poll's records applied together, one by one only when that fails: so that a poison record alone is nacked
 * (dead-lettered) while the others of its poll are applied, in their order, and acked.
 */
public final class RecordBatches {

    private static final Logger LOG = Logger.getLogger(RecordBatches.class);

    private RecordBatches() {
    }

    /**
     * Applies the batch's record values off the event loop, then acks the records and nacks those that failed.
     *
     * @param apply applies the values in their order, giving the failures by index (e.g. through {@link #applyAll})
     */
    public static Uni<Void> settle(KafkaRecordBatch<String, String> batch,
            Function<List<String>, Map<Integer, RuntimeException>> apply) {
        return Uni.createFrom().item(() -> {
                    List<KafkaRecord<String, String>> records = batch.getRecords();
                    Map<Integer, RuntimeException> failed = apply.apply(
                            records.stream().map(KafkaRecord::getPayload).toList());
                    return failed.isEmpty() ? batch.ack() : settle(records, failed);
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(settled -> Uni.createFrom().completionStage(settled));
    }

    /**
     * Applies the values all at once or, when that fails (and so changed nothing), one by one in their order.
     *
     * @param all applies every value in one transaction
     * @param one applies one value in a transaction of its own
     * @return the failures of the values that could not be applied, by their index in {@code records}
     */
    public static Map<Integer, RuntimeException> applyAll(List<String> records, Consumer<List<String>> all,
            Consumer<String> one) {
        if (records.isEmpty()) {
            return Map.of();
        }
        try {
            all.accept(records);
            return Map.of();
        } catch (RuntimeException batchFailure) {
            LOG.debugf("A batch of %d records failed (%s); applying them one by one", records.size(),
                    batchFailure.getMessage());
        }
        Map<Integer, RuntimeException> failed = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                one.accept(records.get(i));
            } catch (RuntimeException e) {
                failed.put(i, e);
            }
        }
        return failed;
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
}
