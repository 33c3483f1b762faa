package fi.polku.coaching.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.events.Topics;
import fi.polku.testkit.EventPublisher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IntakeEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void recordsEachRegisteredClientOnceEvenWhenTheEventIsRedelivered() {
        UUID clientId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> data = Map.of("clientId", clientId.toString(), "municipalityCode", "091",
                "ageBand", "30-34", "preferredLanguage", "fi", "temporaryIdentityCode", false,
                "registeredAt", OffsetDateTime.now().toString());
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publishEnvelope(Topics.INTAKE, clientId,
                    EventPublisher.envelope(eventId, "intake", "ClientRegistered", clientId, data));
            publisher.publishEnvelope(Topics.INTAKE, clientId,
                    EventPublisher.envelope(eventId, "intake", "ClientRegistered", clientId, data));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> knownClient(clientId, "count(*)").equals(1L));
        long recorded = (Long) knownClient(clientId, "count(*)");
        assertThat(recorded).isEqualTo(1);
        assertThat(knownClient(clientId, "min(municipality_code)")).isEqualTo("091");
    }

    private Object knownClient(UUID clientId, String column) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("SELECT " + column
                + " FROM known_client WHERE client_id = :client").setParameter("client", clientId).getSingleResult());
    }
}
