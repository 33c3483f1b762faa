package fi.polku.reporting.export;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.MalformedEventException;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.RecordBatches;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Appends one export fact per event of an exported type, once per event id, with only the fields the fact type
 * allows. A consumer of its own (group {@code reporting-export}) rather than a projection: the facts are a log that
 * is never rebuilt, so their order, and with it every cursor given out, stays as it was.
 */
@ApplicationScoped
public class ExportFactRecorder {

    static final String CONSUMER = "reporting.export";

    private final EventConsumer consumer;
    private final ExportFacts facts;

    public ExportFactRecorder(EventConsumer consumer, ExportFacts facts) {
        this.consumer = consumer;
        this.facts = facts;
    }

    /**
     * A poll's records, appended in their order in one transaction; a poll that fails is appended one record at a
     * time, so that the failing record alone is dead-lettered and the others are appended, once each, in order.
     */
    @Incoming("polku-export")
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return RecordBatches.settle(batch, this::appendAll);
    }

    Map<Integer, RuntimeException> appendAll(List<String> records) {
        return RecordBatches.applyAll(records, all -> consumer.consumeAll(CONSUMER, all, this::record),
                one -> consumer.consume(CONSUMER, one, this::record));
    }

    void record(CloudEvent event) {
        ExportFactType.ofEvent(event.type()).ifPresent(type -> facts.append(event.id(), type, clientOf(event, type),
                event.time(), allowedFields(type, event.data())));
    }

    /** The client the event is about: data.clientId, or the subject as the catalogue defines it. */
    private static UUID clientOf(CloudEvent event, ExportFactType type) {
        if (type == ExportFactType.FidelityReviewRecorded) {
            return null;
        }
        JsonNode clientId = event.data() == null ? null : event.data().get("clientId");
        String id = clientId == null || clientId.isNull() ? event.subject() : clientId.asText();
        try {
            return UUID.fromString(id);
        } catch (RuntimeException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + ": field clientId is invalid", e);
        }
    }

    private static ObjectNode allowedFields(ExportFactType type, JsonNode data) {
        ObjectNode allowed = JsonNodeFactory.instance.objectNode();
        if (data == null) {
            return allowed;
        }
        for (String field : type.fields()) {
            JsonNode value = data.get(field);
            if (value != null && !value.isNull()) {
                allowed.set(field, value);
            }
        }
        return allowed;
    }
}
