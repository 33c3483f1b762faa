package fi.polku.system;

import static fi.polku.system.SystemClients.bootstrapServers;
import static fi.polku.system.SystemClients.clientRegistered;
import static fi.polku.system.SystemClients.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.events.Topics;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.system.PolkuService;
import io.restassured.RestAssured;

/**
 * Every consumer of intake's topic moves a record it can never process to its dead-letter topic with the reason,
 * handles an event type it does not know without stopping, and goes on with the next event.
 */
@ExtendWith(RunningSystem.class)
class PoisonEventTest {

    /** The consumers of {@value Topics#INTAKE}, by the name under which each records the events it processed. */
    private static final Map<PolkuService, String> INTAKE_CONSUMERS = Map.of(
            PolkuService.CASE_OWNER, "case-owner.intake-events",
            PolkuService.ASSESSMENT, "assessment.intake-events",
            PolkuService.COACHING, "coaching.intake-events",
            PolkuService.REPORTING, "reporting.projections");

    private static final String UNKNOWN_NAME = "ClientTeleported";

    @Test
    void malformedEventsAreDeadLetteredWithTheReasonUnknownTypesAreSkippedAndConsumersGoOn() {
        UUID client = UUID.randomUUID();
        String notJson = "{ this is not a cloud event " + UUID.randomUUID();
        String invalidId = UUID.randomUUID().toString();
        String unknownId = UUID.randomUUID().toString();
        String validId = UUID.randomUUID().toString();
        try (EventPublisher publisher = new EventPublisher(bootstrapServers())) {
            // one key, so one partition: the valid event is read after the others by every consumer
            publisher.publishRaw(Topics.INTAKE, client.toString(), notJson);
            Map<String, Object> invalid = new HashMap<>(clientRegistered(invalidId, client, "398"));
            invalid.put("data", Map.of("clientId", "not-a-uuid", "municipalityCode", "398"));
            publisher.publishEnvelope(Topics.INTAKE, client, invalid);
            publisher.publishEnvelope(Topics.INTAKE, client, EventPublisher.envelope(unknownId, "intake",
                    UNKNOWN_NAME, client, Map.of("clientId", client.toString())));
            publisher.publishEnvelope(Topics.INTAKE, client, clientRegistered(validId, client, "398"));
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(count(PolkuService.CASE_OWNER, "SELECT count(*) FROM known_client WHERE client_id = ?", client))
                    .isEqualTo(1);
            assertThat(count(PolkuService.ASSESSMENT, "SELECT count(*) FROM known_client WHERE client_id = ?", client))
                    .isEqualTo(1);
            assertThat(count(PolkuService.COACHING, "SELECT count(*) FROM known_client WHERE client_id = ?", client))
                    .isEqualTo(1);
            assertThat(count(PolkuService.REPORTING, "SELECT count(*) FROM client_flow WHERE client_id = ? "
                    + "AND registered_at IS NOT NULL", client)).isEqualTo(1);
        });

        INTAKE_CONSUMERS.forEach((service, consumer) -> {
            assertThat(processed(service, consumer, unknownId)).as("%s handled the unknown type", consumer)
                    .isEqualTo(1);
            assertThat(processed(service, consumer, validId)).as("%s went on to the valid event", consumer)
                    .isEqualTo(1);
            assertThat(processed(service, consumer, invalidId)).as("%s applied nothing of the invalid event",
                    consumer).isZero();

            List<ConsumerRecord<String, String>> dead = deadLetters(service, client, 2);
            assertThat(reasonOf(dead, notJson)).as("dead letter of %s for the record that is not JSON", service)
                    .hasValueSatisfying(reason -> assertThat(reason).contains("not a CloudEvents JSON envelope"));
            assertThat(reasonOf(dead, invalidId)).as("dead letter of %s for the invalid ClientRegistered", service)
                    .hasValueSatisfying(reason -> assertThat(reason).contains(invalidId));
            assertThat(dead).as("%s did not dead-letter the unknown type", service)
                    .noneMatch(record -> record.value().contains(unknownId));
        });
        assertThat(RestAssured.given().baseUri(RunningSystem.system().service(PolkuService.REPORTING).managementUrl())
                .get("/q/metrics").then().statusCode(200).extract().asString())
                .as("reporting counts the event type it skipped")
                .containsPattern("polku_reporting_events_skipped_total\\{[^}]*type=\""
                        + Pattern.quote("fi.polku.intake." + UNKNOWN_NAME + ".v1") + "\"[^}]*} [1-9]");
    }

    private static long processed(PolkuService service, String consumer, String eventId) {
        return count(service, "SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?", consumer,
                eventId);
    }

    private static List<ConsumerRecord<String, String>> deadLetters(PolkuService service, UUID client, int expected) {
        return EventLog.records(bootstrapServers(), Topics.deadLetter(service.shortName()), Duration.ofSeconds(30),
                records -> records.stream().filter(r -> client.toString().equals(r.key())).count() >= expected)
                .stream().filter(r -> client.toString().equals(r.key())).toList();
    }

    private static Optional<String> reasonOf(List<ConsumerRecord<String, String>> dead, String valuePart) {
        return dead.stream().filter(record -> record.value().contains(valuePart)).findFirst()
                .map(record -> record.headers().lastHeader("dead-letter-reason"))
                .map(Header::value).map(value -> new String(value, StandardCharsets.UTF_8));
    }
}
