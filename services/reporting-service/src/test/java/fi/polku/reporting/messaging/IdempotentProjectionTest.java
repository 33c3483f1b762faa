package fi.polku.reporting.messaging;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.reporting.KnownEvents;
import fi.polku.testkit.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A redelivered event (same id) changes nothing; 2021 is a year no other test uses. */
@QuarkusTest
class IdempotentProjectionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aRedeliveredCaseOwnerChangeIsCountedOnce() {
        KnownEvents registrations = new KnownEvents();
        UUID[] clients = new UUID[6];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = UUID.randomUUID();
            registrations.registered(clients[i], "I21", "2021-05-0" + (i + 1) + "T10:00:00+03:00");
        }
        registrations.publish(kafka);
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            for (UUID client : clients) {
                Map<String, Object> change = EventPublisher.envelope(UUID.randomUUID().toString(), "case-owner",
                        "CaseOwnerChanged", client, KnownEvents.data("clientId", client.toString(),
                                "fromProfessionalId", UUID.randomUUID().toString(),
                                "toProfessionalId", UUID.randomUUID().toString(), "toProfessionalUserId", "w",
                                "professionalRole", "SOCIAL_WELFARE_OWN_WORKER", "organisation", "hyvinvointialue-dev",
                                "reason", "LEAVE", "changedBy", "coordinator",
                                "changedAt", "2021-06-01T10:00:00+03:00"));
                publisher.publishEnvelope(Topics.CASE_OWNER, client, change);
                publisher.publishEnvelope(Topics.CASE_OWNER, client, change);
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath flow = as(Roles.ANALYST).get("/api/v1/reports/flow?year=2021").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(flow.getList("pingPongIndex.rows.key")).containsExactly("0", "1", "2", "3+");
            assertThat(flow.getList("pingPongIndex.rows.count.display")).containsExactly("0", "6", "0", "0");
            assertThat(flow.getDouble("meanPingPongIndex")).isEqualTo(1.0);
        });
    }
}
