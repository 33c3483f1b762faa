package fi.polku.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Our side of the broker comparison: how fast intake's outbox relay publishes. One transaction puts a burst of
 * rows, each a copy of a real ClientRegistered event, into intake's outbox for a topic no service reads
 * ({@value #TOPIC}); the commit wakes the relay, and the time until the last row is marked sent is its rate.
 */
final class RelayDrain {

    record Run(long events, double seconds) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    static final String TOPIC = "bench.relay-drain";

    private final Postgres postgres;

    RelayDrain(Postgres postgres) {
        this.postgres = postgres;
    }

    Run run(int events) {
        long started;
        try (Connection connection = postgres.connect("intake");
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload)
                     SELECT gen_random_uuid(), ?, gen_random_uuid()::text, type, payload
                     FROM (SELECT type, payload FROM outbox_event
                           WHERE type = 'fi.polku.intake.ClientRegistered.v1' LIMIT 1) sample,
                          generate_series(1, ?)""")) {
            connection.setAutoCommit(false);
            insert.setString(1, TOPIC);
            insert.setInt(2, events);
            insert.executeUpdate();
            started = System.nanoTime();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot fill intake's outbox", e);
        }
        Threads.await("intake's relay to publish " + events + " events", Duration.ofMinutes(5),
                Duration.ofMillis(20), () -> postgres.count("intake",
                        "SELECT count(*) FROM outbox_event WHERE aggregatetype = ? AND sent_at IS NULL", TOPIC) == 0);
        return new Run(events, (System.nanoTime() - started) / 1e9);
    }

    int averageEventBytes() {
        return (int) postgres.count("intake", "SELECT avg(octet_length(payload::text))::bigint FROM outbox_event "
                + "WHERE aggregatetype IN ('polku.intake.events', 'polku.audit.access')");
    }
}
