package fi.polku.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

import fi.polku.testkit.system.PolkuService;

/**
 * Waits until the system has nothing left to do: every service's outbox has no unsent row and every consumer
 * group with members has committed the end offset of every partition assigned to it. Checked as lag, outboxes,
 * lag again with the same end offsets, so that an event moving between an outbox and a topic between two looks
 * cannot pass for idle. The services commit processed offsets every few seconds (SmallRye's throttled strategy),
 * so the check can confirm idle up to that long after the last event was applied.
 *
 * <p>It keeps one connection per service database and one admin client open, so that polling costs the system
 * little: the CPU measurement ({@link SystemCpu}) runs while it polls.
 */
final class SystemIdle implements AutoCloseable {

    /** The admin client's network thread, named so that the CPU measurement leaves it out of the broker's share. */
    static final String ADMIN_CLIENT_ID = "bench-idle-check";
    private static final Duration POLL = Duration.ofMillis(200);

    /** What one wait found: the work still in flight when it began, and how long it took to be done. */
    record Wait(String before, long unsentOutboxRows, long consumerLag, String mostBehind, double seconds,
            boolean idle) {
    }

    private record Lag(long total, Map<String, Long> byGroup, Map<TopicPartition, Long> endOffsets) {

        String mostBehind() {
            return byGroup.entrySet().stream().filter(e -> e.getValue() > 0)
                    .max(Map.Entry.comparingByValue()).map(e -> e.getKey() + " " + e.getValue()).orElse("");
        }
    }

    private final Postgres postgres;
    private final Admin admin;
    private final Duration timeout;
    private final Map<String, Connection> connections = new HashMap<>();
    private final List<Wait> waits = new ArrayList<>();

    SystemIdle(Postgres postgres, String bootstrapServers, Duration timeout) {
        this.postgres = postgres;
        this.timeout = timeout;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, ADMIN_CLIENT_ID);
        this.admin = Admin.create(props);
    }

    /** Waits until idle before {@code phase} and records the wait; fails after the timeout, saying what is behind. */
    Wait awaitBefore(String phase) {
        long started = System.nanoTime();
        long unsent = unsentOutboxRows();
        Lag lag = lag();
        Wait first = new Wait(phase, unsent, lag.total(), lag.mostBehind(), 0, false);
        long deadline = started + timeout.toNanos();
        while (true) {
            if (lag.total() == 0 && unsentOutboxRows() == 0) {
                Lag again = lag();
                if (again.total() == 0 && again.endOffsets().equals(lag.endOffsets())) {
                    break;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The system was not idle within " + timeout + " before " + phase
                        + ": " + unsentOutboxRows() + " unsent outbox rows, consumer lag " + lag.byGroup());
            }
            Threads.sleep(POLL);
            lag = lag();
        }
        Wait wait = new Wait(phase, first.unsentOutboxRows(), first.consumerLag(), first.mostBehind(),
                (System.nanoTime() - started) / 1e9, true);
        waits.add(wait);
        if (wait.unsentOutboxRows() + wait.consumerLag() > 0) {
            Benchmark.log(String.format("Idle before %s after %.1f s (%d unsent outbox rows, consumer lag %d%s)",
                    phase, wait.seconds(), wait.unsentOutboxRows(), wait.consumerLag(),
                    wait.mostBehind().isEmpty() ? "" : ", most behind: " + wait.mostBehind()));
        }
        return wait;
    }

    /** Waits until idle without recording it: the end of a measured batch, whose wait the caller times. */
    void await(String what) {
        awaitBefore(what);
        waits.remove(waits.size() - 1);
    }

    List<Wait> waits() {
        return List.copyOf(waits);
    }

    long unsentOutboxRows() {
        long unsent = 0;
        for (PolkuService service : PolkuService.all()) {
            unsent += count(service.database(), "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
        }
        return unsent;
    }

    private long count(String database, String sql) {
        try {
            Connection connection = connections.get(database);
            if (connection == null || connection.isClosed()) {
                connection = postgres.connect(database);
                connections.put(database, connection);
            }
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            connections.remove(database);
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }

    /** Per consumer group with members: end offset minus committed offset over its assigned partitions. */
    private Lag lag() {
        try {
            List<String> groups = new ArrayList<>();
            for (ConsumerGroupListing listing : get(admin.listConsumerGroups().all())) {
                groups.add(listing.groupId());
            }
            Map<String, List<TopicPartition>> assigned = new TreeMap<>();
            Collection<ConsumerGroupDescription> descriptions = get(admin.describeConsumerGroups(groups).all()).values();
            for (ConsumerGroupDescription group : descriptions) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (MemberDescription member : group.members()) {
                    partitions.addAll(member.assignment().topicPartitions());
                }
                if (!partitions.isEmpty()) {
                    assigned.put(group.groupId(), partitions);
                }
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            assigned.values().forEach(partitions -> partitions.forEach(p -> {
                latest.put(p, OffsetSpec.latest());
                earliest.put(p, OffsetSpec.earliest());
            }));
            Map<TopicPartition, Long> end = offsets(latest);
            Map<TopicPartition, Long> beginning = offsets(earliest);
            Map<String, Long> byGroup = new TreeMap<>();
            long total = 0;
            for (Map.Entry<String, List<TopicPartition>> group : assigned.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = get(
                        admin.listConsumerGroupOffsets(group.getKey()).partitionsToOffsetAndMetadata());
                long lag = 0;
                for (TopicPartition partition : group.getValue()) {
                    OffsetAndMetadata offset = committed.get(partition);
                    long position = offset == null ? beginning.get(partition) : offset.offset();
                    lag += Math.max(0, end.get(partition) - position);
                }
                byGroup.put(group.getKey(), lag);
                total += lag;
            }
            return new Lag(total, byGroup, end);
        } catch (ExecutionException e) {
            // a group rebalancing or a topic being created: not idle yet, look again
            return new Lag(-1, Map.of("(unknown: " + e.getCause().getMessage() + ")", 1L), Map.of());
        }
    }

    private Map<TopicPartition, Long> offsets(Map<TopicPartition, OffsetSpec> spec) throws ExecutionException {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        if (spec.isEmpty()) {
            return offsets;
        }
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : get(admin.listOffsets(spec).all())
                .entrySet()) {
            offsets.put(e.getKey(), e.getValue().offset());
        }
        return offsets;
    }

    private static <T> T get(KafkaFuture<T> future) throws ExecutionException {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (TimeoutException e) {
            throw new ExecutionException(e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
        for (Connection connection : connections.values()) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
