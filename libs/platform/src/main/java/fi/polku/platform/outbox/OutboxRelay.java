package fi.polku.platform.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.kafka.KafkaClientSettings;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes committed outbox rows to Kafka in commit order with an idempotent producer ({@code acks=all}) and
 * marks them sent only after the broker acknowledged them. If the broker or the database fails, the rows stay
 * unsent and are retried, so no event is lost; a retry after a partial send can repeat an event, which consumers
 * drop by its id. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several replicas can run relays.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

    private final AgroalDataSource dataSource;
    private final OutboxRelayConfig config;
    private final KafkaClientSettings kafka;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final String jdbcPassword;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong published = new AtomicLong();

    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;
    private Instant nextCleanup = Instant.EPOCH;

    public OutboxRelay(AgroalDataSource dataSource, OutboxRelayConfig config, KafkaClientSettings kafka,
            MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> jdbcUser,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> jdbcPassword) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafka = kafka;
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = jdbcUser.orElse(null);
        this.jdbcPassword = jdbcPassword.orElse(null);
        registry.gauge("polku.outbox.backlog", backlog);
        registry.more().counter("polku.outbox.published", List.of(), published);
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        producer = new KafkaProducer<>(producerProperties(kafka));
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (worker == null) {
            return;
        }
        running = false;
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(10));
        producer.close(Duration.ofSeconds(5));
    }

    /** Unsent rows, as last counted by the relay. */
    public long backlog() {
        return backlog.get();
    }

    private void relayUntilStopped() {
        // The wake-up needs a connection of its own, outside the Agroal pool: LISTEN belongs to one session and
        // notifications arrive only on it, while the pool would reset, validate or retire a borrowed connection
        // (and holding one for good would take a slot from the requests). It reads the same datasource settings.
        try (OutboxWakeup wakeup = new OutboxWakeup(() -> DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword))) {
            while (running) {
                try {
                    int sent = relayBatch();
                    if (sent < config.batchSize()) {
                        removeOldRows();
                        wakeup.await(config.pollInterval());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    LOG.warnf("Outbox relay could not publish (%s); the events stay in the outbox and are retried",
                            e.getClass().getSimpleName());
                    pause(config.retryBackoff());
                }
            }
        }
    }

    private int relayBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<OutboxRow> rows = claimUnsent(connection);
                Delivery delivery = send(rows);
                markSent(connection, delivery.acknowledged());
                connection.commit();
                published.addAndGet(delivery.acknowledged().size());
                if (delivery.failure() != null) {
                    throw delivery.failure();
                }
                backlog.set(rows.size() < config.batchSize() ? 0 : countUnsent(connection));
                return rows.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private List<OutboxRow> claimUnsent(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, aggregatetype, aggregateid, type, payload::text FROM outbox_event
                WHERE sent_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""")) {
            statement.setInt(1, config.batchSize());
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                            result.getString(4), result.getString(5)));
                }
            }
            return rows;
        }
    }

    /**
     * Sends the rows and reports which the broker acknowledged; those are marked sent even when others failed,
     * so a retry repeats as few events as possible.
     */
    private Delivery send(List<OutboxRow> rows) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        try {
            for (OutboxRow row : rows) {
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
                record.headers().add("content-type", CloudEvent.STRUCTURED_MEDIA_TYPE.getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_id", row.id().toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_type", row.type().getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(record));
            }
            producer.flush();
        } catch (RuntimeException e) {
            return collect(rows, acks, e);
        }
        return collect(rows, acks, null);
    }

    private static Delivery collect(List<OutboxRow> rows, List<Future<RecordMetadata>> acks, Exception failure) {
        List<OutboxRow> acknowledged = new ArrayList<>();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(rows.get(i));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Delivery(acknowledged, e);
            } catch (Exception e) {
                failure = failure == null ? e : failure;
            }
        }
        return new Delivery(acknowledged, failure);
    }

    private void markSent(Connection connection, List<OutboxRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE outbox_event SET sent_at = now() WHERE id = ANY (?)")) {
            Array ids = connection.createArrayOf("uuid", rows.stream().map(OutboxRow::id).toArray());
            statement.setArray(1, ids);
            statement.executeUpdate();
        }
    }

    private long countUnsent(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private void removeOldRows() throws SQLException {
        if (Instant.now().isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = Instant.now().plus(Duration.ofMinutes(10));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "DELETE FROM outbox_event WHERE sent_at < now() - make_interval(secs => ?)")) {
            statement.setLong(1, config.retention().toSeconds());
            statement.executeUpdate();
        }
    }

    /**
     * The relay's producer: the service's Kafka client settings ({@code kafka.*}, so TLS and SASL configured for
     * the consumers apply here too), then what the relay's guarantees need, which no setting can override: an
     * idempotent producer with {@code acks=all}, unlimited retries and at most 5 requests in flight (no loss, no
     * reordering within a partition), not transactional, string records, its own client id, and delivery within
     * the relay's wait for acknowledgements (15 s), so an unacknowledged row is retried rather than forgotten.
     * Settings the producer does not know (consumer settings such as {@code group.id}) are left out.
     */
    static Properties producerProperties(KafkaClientSettings kafka) {
        Properties props = new Properties();
        props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        props.putAll(kafka.forProducer());
        props.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + UUID.randomUUID());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Delivery(List<OutboxRow> acknowledged, Exception failure) {
    }

    private record OutboxRow(UUID id, String topic, String key, String type, String payload) {
    }
}
