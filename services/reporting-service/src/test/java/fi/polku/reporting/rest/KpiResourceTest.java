package fi.polku.reporting.rest;

import static fi.polku.testkit.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KpiResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static long registered() {
        Integer value = as(Roles.ANALYST).get("/api/v1/kpis").then().statusCode(200)
                .extract().path("clientsRegistered.value");
        return value == null ? -1 : value;
    }

    @Test
    void countsRegisteredClientsAndOwnersFromTheEventsAndSuppressesSmallNumbers() {
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            for (int i = 0; i < 6; i++) {
                UUID clientId = UUID.randomUUID();
                publisher.publish(Topics.INTAKE, "intake", "ClientRegistered", clientId,
                        Map.of("clientId", clientId.toString(), "municipalityCode", "091", "ageBand", "25-29",
                                "preferredLanguage", "fi", "temporaryIdentityCode", false,
                                "registeredAt", OffsetDateTime.now().toString()));
                if (i < 2) {
                    publisher.publish(Topics.CASE_OWNER, "case-owner", "CaseOwnerAssigned", clientId,
                            Map.of("clientId", clientId.toString(), "professionalId", UUID.randomUUID().toString(),
                                    "professionalRole", "SOCIAL_WELFARE_OWN_WORKER", "organisation", "X",
                                    "rule", "test", "assignedAt", OffsetDateTime.now().toString()));
                }
            }
            publisher.publish(Topics.INTAKE, "intake", "SomethingNewer", UUID.randomUUID(), Map.of("x", 1));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> registered() == 6);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(Roles.ANALYST).get("/api/v1/kpis").then()
                .body("clientsWithCaseOwner.display", equalTo("<5"))
                .body("clientsWithCaseOwner.value", nullValue())
                .body("clientsWaitingForCaseOwner.display", equalTo("<5")));
    }

    @Test
    void onlyAnalystsSeeReports() {
        as(Roles.CASE_OWNER).get("/api/v1/kpis").then().statusCode(403).contentType("application/problem+json");
    }
}
