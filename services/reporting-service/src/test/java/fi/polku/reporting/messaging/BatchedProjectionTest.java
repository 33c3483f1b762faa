package fi.polku.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.events.Topics;
import fi.polku.reporting.KnownEvents;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A poll's records are applied in one transaction; a poll with a record whose handler fails is applied one record
 * at a time, so that the others are applied, each once, and the failing one alone goes to the dead-letter topic.
 */
@QuarkusTest
class BatchedProjectionTest {

    private static final Duration PROJECTED = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPollWithOnePoisonRecordAppliesTheOthersOnceAndDeadLettersThePoison() throws SQLException {
        UUID client = UUID.randomUUID();
        List<String> consents = new ArrayList<>();
        String poison = UUID.randomUUID().toString();
        // One key, so one partition: the records follow each other and arrive in the same polls.
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            for (int i = 0; i < 6; i++) {
                if (i == 3) {
                    publisher.publishEnvelope(Topics.INTAKE, client, EventPublisher.envelope(poison, "intake",
                            "ClientRegistered", client, KnownEvents.data("clientId", client.toString(),
                                    "municipalityCode", "B21", "registeredAt", "not a time")));
                }
                consents.add(publisher.publish(Topics.INTAKE, "intake", "ConsentGranted", client,
                        KnownEvents.data("clientId", client.toString(), "consentId", UUID.randomUUID().toString(),
                                "purpose", "COACHING_REFERRAL")));
            }
        }

        await().atMost(PROJECTED).until(() -> processed(consents) == consents.size());
        assertThat(activeConsents(client)).as("each consent applied once").isEqualTo(consents.size());
        List<ConsumerRecord<String, String>> dead = EventLog.records(kafka, Topics.deadLetter("reporting"), PROJECTED,
                records -> records.stream().anyMatch(r -> r.value().contains(poison)));
        ConsumerRecord<String, String> deadPoison = dead.stream().filter(r -> r.value().contains(poison))
                .findFirst().orElseThrow(() -> new AssertionError("the poison record is not on the dead-letter topic"));
        assertThat(deadPoison.key()).isEqualTo(client.toString());
        assertThat(new String(deadPoison.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("registeredAt");
        assertThat(dead.stream().filter(r -> consents.stream().anyMatch(r.value()::contains))).isEmpty();
        assertThat(processed(List.of(poison))).as("the poison is not recorded as processed").isZero();
    }

    private long processed(List<String> eventIds) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ANY (?)")) {
            statement.setString(1, EventProjector.CONSUMER);
            statement.setArray(2, connection.createArrayOf("text", eventIds.toArray()));
            var result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }

    private long activeConsents(UUID client) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT active_consents FROM client_flow WHERE client_id = ?")) {
            statement.setObject(1, client);
            var result = statement.executeQuery();
            return result.next() ? result.getLong(1) : 0;
        }
    }
}
