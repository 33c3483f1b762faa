package fi.polku.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        String poison = UUID.randomUUID().toString();
        List<String> consents = publishConsentsAround(EventPublisher.envelope(poison, "intake", "ClientRegistered",
                client, KnownEvents.data("clientId", client.toString(), "municipalityCode", "B21",
                        "registeredAt", "not a time")), client);

        assertThat(appliedOnceAndDeadLettered(consents, poison, client)).contains("registeredAt");
    }

    /** The projections' statements run when the transaction commits: one the database refuses fails the commit. */
    @Test
    void aPollWithARecordTheDatabaseRefusesAppliesTheOthersOnceAndDeadLettersThatRecord() throws SQLException {
        UUID client = UUID.randomUUID();
        String poison = UUID.randomUUID().toString();
        List<String> consents = publishConsentsAround(EventPublisher.envelope(poison, "intake", "ReferralReceived",
                client, KnownEvents.data("clientId", client.toString(), "referralId", UUID.randomUUID().toString(),
                        "channel", "C".repeat(101), "referringParty", "TE_SERVICES",
                        "receivedAt", "2024-01-01T08:00:00Z")), client);

        appliedOnceAndDeadLettered(consents, poison, client);
    }

    /** Six consents with the poison after the third, under one key, so one partition: they arrive in the same polls. */
    private List<String> publishConsentsAround(Map<String, Object> poison, UUID client) {
        List<String> consents = new ArrayList<>();
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            for (int i = 0; i < 6; i++) {
                if (i == 3) {
                    publisher.publishEnvelope(Topics.INTAKE, client, poison);
                }
                consents.add(publisher.publish(Topics.INTAKE, "intake", "ConsentGranted", client,
                        KnownEvents.data("clientId", client.toString(), "consentId", UUID.randomUUID().toString(),
                                "purpose", "COACHING_REFERRAL")));
            }
        }
        return consents;
    }

    /** @return the poison's dead-letter reason */
    private String appliedOnceAndDeadLettered(List<String> consents, String poison, UUID client)
            throws SQLException {
        await().atMost(PROJECTED).until(() -> processed(consents) == consents.size());
        assertThat(activeConsents(client)).as("each consent applied once").isEqualTo(consents.size());
        List<ConsumerRecord<String, String>> dead = EventLog.records(kafka, Topics.deadLetter("reporting"), PROJECTED,
                records -> records.stream().anyMatch(r -> r.value().contains(poison)));
        ConsumerRecord<String, String> deadPoison = dead.stream().filter(r -> r.value().contains(poison))
                .findFirst().orElseThrow(() -> new AssertionError("the poison record is not on the dead-letter topic"));
        assertThat(deadPoison.key()).isEqualTo(client.toString());
        assertThat(dead.stream().filter(r -> consents.stream().anyMatch(r.value()::contains))).isEmpty();
        assertThat(processed(List.of(poison))).as("the poison is not recorded as processed").isZero();
        return new String(deadPoison.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
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
