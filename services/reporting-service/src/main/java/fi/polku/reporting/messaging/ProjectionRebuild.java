package fi.polku.reporting.messaging;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import fi.polku.platform.events.Topics;
import fi.polku.platform.kafka.KafkaClientSettings;
import fi.polku.platform.time.ServiceTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds every projection from offset zero of every domain topic.
 *
 * <p>How: under the exclusive {@link ProjectionLock} (the live SmallRye consumer keeps its partitions and keeps
 * polling, but waits before applying its next event), one transaction truncates the projection tables and deletes
 * this consumer's {@code processed_event} rows. Then a dedicated kafka-clients consumer without a consumer group
 * (so the live group's committed offsets are untouched) is assigned every partition of the four topics, captures
 * their end offsets, seeks to the beginning and reads each partition up to that end offset, applying each poll's
 * records through the same {@link EventProjector#applyAll} the live consumer uses (one transaction per poll, one
 * by one only when it fails), i.e. through the idempotent {@code EventConsumer}. When the lock is released, the live consumer goes on from where it was: events it has
 * buffered below the captured end offsets are now recorded as processed and are skipped as duplicates; later ones
 * are applied in order. Records the live consumer dead-lettered (not CloudEvents, or failing) fail here too and
 * are counted, not retried.
 *
 * <p>Why this way: replaying through the same idempotent handler cannot count an event twice; holding the lock
 * keeps one client's events in their order (a replayed CaseOwnerAssigned can never land after a live
 * CaseOwnerChanged); and reading with its own group-less consumer needs no rebalance, no offset reset of the
 * running service and no restart. The lock is per process: run the reporting-service as one replica (it is a
 * single consumer group member reading all partitions anyway), or scale it to zero but one before a rebuild.
 */
@ApplicationScoped
public class ProjectionRebuild {

    static final List<String> TOPICS = List.of(Topics.INTAKE, Topics.CASE_OWNER, Topics.ASSESSMENT, Topics.COACHING);
    static final List<String> TABLES = List.of("client_flow", "referral", "assessment", "service_recommendation",
            "instrument_score", "coaching_episode", "coaching_outcome", "job", "fee", "fidelity_review",
            "peer_support", "package_satisfaction");

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final EventProjector projector;
    private final ProjectionLock lock;
    private final EntityManager entityManager;
    private final MeterRegistry registry;
    private final KafkaClientSettings kafka;
    private final ServiceTime time;

    public ProjectionRebuild(EventProjector projector, ProjectionLock lock, EntityManager entityManager,
            MeterRegistry registry, KafkaClientSettings kafka, ServiceTime time) {
        this.projector = projector;
        this.lock = lock;
        this.entityManager = entityManager;
        this.registry = registry;
        this.kafka = kafka;
        this.time = time;
    }

    @Schema(name = "ProjectionRebuildResult", description = "A finished rebuild of the projections")
    public record Result(OffsetDateTime startedAt, OffsetDateTime finishedAt,
            @Schema(description = "Records read from the four domain topics") long recordsRead,
            @Schema(description = "Records that failed (not CloudEvents, or failing as they did when live)")
            long recordsFailed) {
    }

    public Result rebuild() {
        return lock.exclusive(() -> {
            OffsetDateTime startedAt = time.timestamp();
            QuarkusTransaction.requiringNew().run(this::clearProjections);
            long[] counts = replayAllTopics();
            Result result = new Result(startedAt, time.timestamp(), counts[0], counts[1]);
            LOG.infof("Projections rebuilt from offset zero: %d records read, %d failed", counts[0], counts[1]);
            registry.counter("polku.reporting.rebuilds").increment();
            return result;
        });
    }

    private void clearProjections() {
        entityManager.createNativeQuery("TRUNCATE " + String.join(", ", TABLES)).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM processed_event WHERE consumer = :consumer")
                .setParameter("consumer", EventProjector.CONSUMER).executeUpdate();
    }

    private long[] replayAllTopics() {
        long read = 0;
        long failed = 0;
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = partitions(kafka);
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
            while (!reachedEnd(kafka, partitions, end)) {
                List<ConsumerRecord<String, String>> polled = new ArrayList<>();
                for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition) && record.value() != null) {
                        polled.add(record);
                    }
                }
                read += polled.size();
                failed += replay(polled);
            }
        }
        return new long[] {read, failed};
    }

    /** Applies the records, returning how many failed. */
    private int replay(List<ConsumerRecord<String, String>> records) {
        Map<Integer, RuntimeException> failures = projector.applyAll(records.stream().map(ConsumerRecord::value)
                .toList());
        failures.forEach((index, e) -> {
            ConsumerRecord<String, String> record = records.get(index);
            LOG.warnf("Rebuild skipped %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        });
        return failures.size();
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> kafka) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            List<PartitionInfo> infos = kafka.partitionsFor(topic);
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        return partitions;
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> kafka, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(partition -> kafka.position(partition) >= end.get(partition));
    }

    private Properties consumerProperties() {
        Properties props = kafka.forConsumer();
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild");
        return props;
    }
}
