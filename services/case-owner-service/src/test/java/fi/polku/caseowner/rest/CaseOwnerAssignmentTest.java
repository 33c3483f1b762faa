package fi.polku.caseowner.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CaseOwnerAssignmentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    AgroalDataSource dataSource;

    EventPublisher publisher;

    @BeforeEach
    void connect() {
        publisher = new EventPublisher(kafka);
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    static String addProfessional(String name, String municipality, int maxCaseload) {
        return as(Roles.COORDINATOR).body(Map.of("name", name, "organisation", "Päijät-Häme wellbeing county",
                        "role", "SOCIAL_WELFARE_OWN_WORKER", "municipalities", List.of(municipality),
                        "maxCaseload", maxCaseload))
                .post("/api/v1/professionals").then().statusCode(201).extract().path("id");
    }

    private UUID registerClient(String municipality) {
        UUID clientId = UUID.randomUUID();
        publishRegistration(clientId, municipality, UUID.randomUUID().toString());
        return clientId;
    }

    private void publishRegistration(UUID clientId, String municipality, String eventId) {
        publisher.publishEnvelope(Topics.INTAKE, clientId, EventPublisher.envelope(eventId, "intake",
                "ClientRegistered", clientId, Map.of("clientId", clientId.toString(),
                        "municipalityCode", municipality, "ageBand", "25-29", "preferredLanguage", "fi",
                        "temporaryIdentityCode", false, "registeredAt", OffsetDateTime.now().toString())));
    }

    private static String awaitOwnerStatus(UUID clientId, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> as(Roles.COORDINATOR)
                .get("/api/v1/clients/" + clientId + "/case-owner").statusCode() == 200);
        as(Roles.COORDINATOR).get("/api/v1/clients/" + clientId + "/case-owner").then()
                .body("status", equalTo(status));
        return as(Roles.COORDINATOR).get("/api/v1/clients/" + clientId + "/case-owner")
                .then().extract().path("caseOwner.id");
    }

    @Test
    void aRegisteredClientGetsTheLeastLoadedProfessionalServingTheirMunicipality() {
        String busy = addProfessional("Kaisa Kiireinen", "398", 10);
        String free = addProfessional("Ville Vapaa", "398", 10);
        addProfessional("Muu Kunta", "405", 10);
        UUID first = registerClient("398");
        String firstOwner = awaitOwnerStatus(first, "ASSIGNED");
        UUID second = registerClient("398");
        String secondOwner = awaitOwnerStatus(second, "ASSIGNED");

        assertThat(List.of(firstOwner, secondOwner)).containsExactlyInAnyOrder(busy, free);
        JsonNode event = EventLog.event(kafka, Topics.CASE_OWNER, "CaseOwnerAssigned", second, Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("data").path("professionalId").asText()).isEqualTo(secondOwner);
    }

    @Test
    void aProfessionalAtMaximumCaseloadIsPassedOverAndNobodyFittingMeansTheQueueAndAnEvent() {
        addProfessional("Täysi Kalenteri", "541", 1);
        UUID first = registerClient("541");
        awaitOwnerStatus(first, "ASSIGNED");
        UUID second = registerClient("541");
        awaitOwnerStatus(second, "UNASSIGNED");
        JsonNode event = EventLog.event(kafka, Topics.CASE_OWNER, "CaseOwnerUnavailable", second,
                Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("data").path("municipalityCode").asText()).isEqualTo("541");
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        addProfessional("Toisto Testaaja", "609", 10);
        UUID clientId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publishRegistration(clientId, "609", eventId);
        awaitOwnerStatus(clientId, "ASSIGNED");
        publishRegistration(clientId, "609", eventId);
        UUID marker = registerClient("609");
        awaitOwnerStatus(marker, "ASSIGNED");

        assertThat(count("SELECT count(*) FROM case_owner_change WHERE client_id = ?", clientId)).isEqualTo(1);
        assertThat(EventLog.events(kafka, Topics.CASE_OWNER, EventLog.ofType("CaseOwnerAssigned", clientId), 2,
                Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndTheConsumerGoesOn() {
        addProfessional("Jatkaja Jaana", "624", 10);
        String poisonKey = UUID.randomUUID().toString();
        publisher.publishRaw(Topics.INTAKE, poisonKey, "{ this is not a cloud event");
        UUID after = registerClient("624");
        awaitOwnerStatus(after, "ASSIGNED");

        List<ConsumerRecord<String, String>> dead = EventLog.records(kafka, Topics.deadLetter("case-owner"),
                Duration.ofSeconds(20), records -> records.stream().anyMatch(r -> poisonKey.equals(r.key())));
        ConsumerRecord<String, String> poison = dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("poison record not on the dead-letter topic"));
        assertThat(poison.value()).isEqualTo("{ this is not a cloud event");
        String reason = new String(poison.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertThat(reason).contains("not a CloudEvents JSON envelope");
    }

    @Test
    void professionalsAreManagedByCoordinatorsAndValidated() {
        as(Roles.CASE_OWNER).body(Map.of("name", "X", "organisation", "Y", "role", "JOB_COACH",
                "municipalities", List.of("091"), "maxCaseload", 5)).post("/api/v1/professionals")
                .then().statusCode(403).contentType("application/problem+json");
        as(Roles.COORDINATOR).body(Map.of("name", "", "organisation", "Y", "role", "ASTRONAUT",
                "municipalities", List.of("91"), "maxCaseload", -1)).post("/api/v1/professionals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("role"));
        as(Roles.COORDINATOR).body(Map.of("name", "", "organisation", "Y", "role", "JOB_COACH",
                "municipalities", List.of("91"), "maxCaseload", -1)).post("/api/v1/professionals")
                .then().statusCode(400)
                .body("violations.field", hasItems("name", "municipalities[0]", "maxCaseload"));
        String id = addProfessional("Listattu Liisa", "091", 5);
        as(Roles.COORDINATOR).get("/api/v1/professionals/" + id).then().statusCode(200)
                .body("name", equalTo("Listattu Liisa")).body("active", equalTo(true));
    }

    @Test
    void anUnknownClientHasNoCaseOwnerRecord() {
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + UUID.randomUUID() + "/case-owner").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private long count(String sql, UUID clientId) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, clientId);
            var result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }
}
