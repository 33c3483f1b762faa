package fi.polku.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fi.polku.platform.events.Topics;
import fi.polku.testkit.EventSchemas;

/**
 * The reporting projections' catch-up speed: first the live consumer working through a burst of new events, then a
 * rebuild from offset zero of every domain topic (at least {@code atLeastEvents} events in all) through the
 * reporting service's own admin API. The burst tops the topics up to {@code atLeastEvents}, and is never smaller
 * than a tenth of it: the run before may already have produced that many events, and a live catch-up over nothing
 * measures nothing.
 */
final class ProjectionCatchUp {

    record Run(long published, double liveSeconds, long rebuildRecords, long rebuildFailed, double rebuildSeconds) {

        double liveEventsPerSecond() {
            return published / liveSeconds;
        }

        double rebuildEventsPerSecond() {
            return rebuildRecords / rebuildSeconds;
        }
    }

    private static final List<String> DOMAIN_TOPICS = List.of(Topics.INTAKE, Topics.CASE_OWNER, Topics.ASSESSMENT,
            Topics.COACHING);
    private static final String PROCESSED = "SELECT count(*) FROM processed_event WHERE consumer = 'reporting.projections'";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final String bootstrapServers;
    private final Postgres postgres;
    private final PolkuWorkload workload;

    ProjectionCatchUp(String bootstrapServers, Postgres postgres, PolkuWorkload workload) {
        this.bootstrapServers = bootstrapServers;
        this.postgres = postgres;
        this.workload = workload;
    }

    /** Run on an idle system ({@link SystemIdle}), so that the live consumer starts with nothing else to do. */
    Run run(int atLeastEvents, UUID providerId, String providerBusinessId) {
        long burst = Math.max(atLeastEvents / 10, atLeastEvents - domainEvents());
        int clients = (int) Math.max(1, Math.ceil(burst / (double) SyntheticEvents.PER_CLIENT));
        List<SyntheticEvents.Event> events = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            events.addAll(SyntheticEvents.clientPath(UUID.randomUUID(), providerId, providerBusinessId));
        }
        assertSchemaValid(events);
        long processedBefore = postgres.count("reporting", PROCESSED);
        long started = System.nanoTime();
        publish(events);
        Threads.await("the reporting service to project " + events.size() + " new events", Duration.ofMinutes(15),
                Duration.ofMillis(50), () -> postgres.count("reporting", PROCESSED) >= processedBefore + events.size());
        double liveSeconds = (System.nanoTime() - started) / 1e9;

        long rebuildStarted = System.nanoTime();
        JsonNode rebuilt = workload.rebuildProjections();
        double rebuildSeconds = (System.nanoTime() - rebuildStarted) / 1e9;
        return new Run(events.size(), liveSeconds, rebuilt.path("recordsRead").asLong(),
                rebuilt.path("recordsFailed").asLong(), rebuildSeconds);
    }

    /** Events in the four domain topics now, from offset zero. */
    long domainEvents() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : DOMAIN_TOPICS) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            return partitions.stream().mapToLong(p -> end.get(p) - beginning.get(p)).sum();
        }
    }

    private static void assertSchemaValid(List<SyntheticEvents.Event> events) {
        events.stream().limit(SyntheticEvents.PER_CLIENT)
                .forEach(event -> EventSchemas.assertValid(JSON.valueToTree(event.envelope())));
    }

    private void publish(List<SyntheticEvents.Event> events) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (SyntheticEvents.Event event : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(),
                        event.clientId().toString(), JSON.writeValueAsString(event.envelope()));
                record.headers().add("content-type", "application/cloudevents+json".getBytes());
                producer.send(record);
            }
            producer.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
