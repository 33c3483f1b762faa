package fi.polku.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads what a topic really holds, from its beginning, so tests can check the events a service emitted. */
public final class EventLog {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventLog() {
    }

    /** Every record value of the topic that arrives within {@code wait} (all of them: no group, no commit). */
    public static List<ConsumerRecord<String, String>> records(String bootstrapServers, String topic, Duration wait,
            Predicate<List<ConsumerRecord<String, String>>> enough) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            Instant deadline = Instant.now().plus(wait);
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                partitions = infos == null ? List.of()
                        : infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
                if (partitions.isEmpty()) {
                    sleep();
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (enough.test(records)) {
                    break;
                }
            }
        }
        return records;
    }

    /** The CloudEvents on the topic matching the predicate, waiting until at least {@code count} are there. */
    public static List<JsonNode> events(String bootstrapServers, String topic, Predicate<JsonNode> matching,
            int count, Duration wait) {
        List<ConsumerRecord<String, String>> records = records(bootstrapServers, topic, wait,
                all -> all.stream().map(r -> parse(r.value())).filter(matching).count() >= count);
        return records.stream().map(r -> parse(r.value())).filter(matching).toList();
    }

    /** The single event of a type about a client, waiting for it to arrive. */
    public static JsonNode event(String bootstrapServers, String topic, String typeName, UUID clientId,
            Duration wait) {
        List<JsonNode> found = events(bootstrapServers, topic, ofType(typeName, clientId), 1, wait);
        if (found.isEmpty()) {
            throw new AssertionError("No " + typeName + " event for client " + clientId + " on " + topic
                    + " within " + wait);
        }
        return found.get(0);
    }

    public static Predicate<JsonNode> ofType(String typeName, UUID clientId) {
        return event -> event.path("type").asText().contains("." + typeName + ".")
                && (clientId == null || clientId.toString().equals(event.path("subject").asText()));
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            return MAPPER.createObjectNode().put("unparsable", json);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
