package fi.polku.testkit;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.EventType;

/** Publishes events to the real broker as another service would, so a consumer can be tested on its own. */
public final class EventPublisher implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, String> producer;

    public EventPublisher(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(props);
    }

    /** Publishes a CloudEvent of type {@code fi.polku.<service>.<name>.v1} and returns its id. */
    public String publish(String topic, String service, String name, UUID clientId, Map<String, ?> data) {
        return publish(topic, service, name, 1, clientId, data);
    }

    /** Publishes a CloudEvent of type {@code fi.polku.<service>.<name>.v<version>} and returns its id. */
    public String publish(String topic, String service, String name, int version, UUID clientId,
            Map<String, ?> data) {
        String id = UUID.randomUUID().toString();
        publishEnvelope(topic, clientId, envelope(id, EventType.of(service, name, version), clientId, data));
        return id;
    }

    public static Map<String, Object> envelope(String id, String service, String name, UUID clientId,
            Map<String, ?> data) {
        return envelope(id, EventType.of(service, name), clientId, data);
    }

    public static Map<String, Object> envelope(String id, EventType type, UUID clientId, Map<String, ?> data) {
        return Map.of("specversion", "1.0", "id", id, "source", "/polku/" + type.service(),
                "type", type.toString(), "subject", clientId.toString(),
                "time", OffsetDateTime.now(ZoneOffset.UTC).toString(), "datacontenttype", "application/json",
                "dataschema", type.dataschema(), "data", data);
    }

    public void publishEnvelope(String topic, UUID clientId, Map<String, ?> envelope) {
        try {
            send(topic, clientId.toString(), MAPPER.writeValueAsString(envelope), envelope.get("id"),
                    envelope.get("type"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Publishes any value (e.g. a malformed one) with only the {@code content-type} header. */
    public void publishRaw(String topic, String key, String value) {
        send(topic, key, value, null, null);
    }

    /** Sends with the headers the outbox relay sets: content-type, and ce_id and ce_type copied from the envelope. */
    private void send(String topic, String key, String value, Object id, Object type) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", CloudEvent.STRUCTURED_MEDIA_TYPE.getBytes(StandardCharsets.UTF_8));
            if (id != null) {
                record.headers().add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8));
            }
            if (type != null) {
                record.headers().add("ce_type", type.toString().getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not accept the record", e);
        }
    }

    public void publishAll(String topic, UUID clientId, List<Map<String, ?>> envelopes) {
        envelopes.forEach(envelope -> publishEnvelope(topic, clientId, envelope));
    }

    @Override
    public void close() {
        producer.close();
    }
}
