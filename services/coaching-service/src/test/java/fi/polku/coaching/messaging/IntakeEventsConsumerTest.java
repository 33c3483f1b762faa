package fi.polku.coaching.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.coaching.repository.KnownClientRepository;
import fi.polku.platform.events.Topics;
import fi.polku.testkit.EventPublisher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IntakeEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    KnownClientRepository knownClients;

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
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> knownClients.findByIdOptional(clientId).isPresent()));
        long recorded = QuarkusTransaction.requiringNew().call(() -> knownClients.count("clientId", clientId));
        assertThat(recorded).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> knownClients.findById(clientId).municipalityCode))
                .isEqualTo("091");
    }
}
