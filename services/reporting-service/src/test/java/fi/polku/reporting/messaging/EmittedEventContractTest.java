package fi.polku.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.outbox.Outbox;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventSchemas;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the platform's outbox puts on the wire, end to end through the relay, as every producing service uses it:
 * a structured-mode CloudEvent with {@code dataschema}, keyed by the subject, with the {@code content-type},
 * {@code ce_id} and {@code ce_type} headers agreeing with the envelope, and valid against the strict variant of
 * its schemas. The reporting service produces no domain events itself; it has the same outbox and relay, so the
 * platform's producer side is checked here on a topic of its own.
 */
@QuarkusTest
class EmittedEventContractTest {

    private static final String TOPIC = "polku.test.emitted-events";

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void anEmittedEventCarriesDataschemaAndStructuredModeHeadersAndPassesStrictValidation() {
        UUID kept = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(TOPIC, "ClientsMerged", kept, Map.of(
                "clientId", kept.toString(), "mergedClientId", UUID.randomUUID().toString(),
                "mergedAt", "2026-03-02T10:15:00Z")));

        List<ConsumerRecord<String, String>> records = EventLog.records(kafka, TOPIC, Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> kept.toString().equals(r.key())));
        ConsumerRecord<String, String> record = records.stream().filter(r -> kept.toString().equals(r.key()))
                .findFirst().orElseThrow(() -> new AssertionError("the relay published nothing for " + kept));
        JsonNode event = EventLog.parse(record.value());

        EventSchemas.assertValid(event);
        assertThat(event.path("type").asText()).isEqualTo("fi.polku.reporting.ClientsMerged.v1");
        assertThat(event.path("dataschema").asText())
                .isEqualTo("https://polku.fi/schemas/events/ClientsMerged.v1.json");
        assertThat(event.path("subject").asText()).isEqualTo(record.key());
        assertThat(header(record, "content-type")).startsWith("application/cloudevents+json");
        assertThat(header(record, "ce_id")).isEqualTo(event.path("id").asText());
        assertThat(header(record, "ce_type")).isEqualTo(event.path("type").asText());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
