package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.awaitOwner;
import static fi.polku.caseowner.rest.Fixtures.professional;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.caseowner.rest.Fixtures.screen;
import static fi.polku.caseowner.rest.Fixtures.updateProfessional;
import static fi.polku.caseowner.rest.Fixtures.validEvent;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AssignmentRulesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    EventPublisher publisher;

    @BeforeEach
    void connect() {
        publisher = new EventPublisher(kafka);
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    @Test
    void screeningMovesTheClientToAnOwnerWhoseRoleFitsTheSegment() {
        String ownWorker = addProfessional("Olli Omatyöntekijä", "SOCIAL_WELFARE_OWN_WORKER", "701", 10);
        Map<String, Object> coach = professional("Oona Omavalmentaja", "EMPLOYMENT_SERVICES_OWN_COACH", "701", 10);
        coach.put("userId", "oona.omavalmentaja");
        String ownCoach = addProfessional(coach);
        UUID clientId = registerClient(publisher, "701");
        awaitOwner(clientId, ownWorker);

        screen(publisher, clientId, "EMPLOYMENT_SERVICES_DIRECTLY");
        awaitOwner(clientId, ownCoach);

        JsonNode changed = validEvent(kafka, "CaseOwnerChanged", clientId);
        assertThat(changed.path("data").path("fromProfessionalId").asText()).isEqualTo(ownWorker);
        assertThat(changed.path("data").path("toProfessionalId").asText()).isEqualTo(ownCoach);
        assertThat(changed.path("data").path("toProfessionalUserId").asText()).isEqualTo("oona.omavalmentaja");
        assertThat(changed.path("type").asText()).isEqualTo("fi.polku.case-owner.CaseOwnerChanged.v2");
        assertThat(changed.path("data").path("reasonCode").asText()).isEqualTo("SEGMENT_CHANGED");
        assertThat(changed.path("data").has("reason")).as("the rule's words stay in the history").isFalse();
        assertThat(changed.path("data").path("changedBy").asText()).isEqualTo("system");
        assertThat(as(Roles.CASE_OWNER).get("/api/v1/clients/" + clientId + "/case-owner/history").then()
                .statusCode(200).extract().<String>path("items[1].reason")).contains("EMPLOYMENT_SERVICES_DIRECTLY");
    }

    @Test
    void aScreenedClientOnlyGoesToAFittingRoleAndWaitsForOneToAppear() {
        addProfessional("Jaakko Työhönvalmentaja", "JOB_COACH", "702", 10);
        addProfessional("Olga Omatyöntekijä", "SOCIAL_WELFARE_OWN_WORKER", "703", 10);
        UUID clientId = registerClient(publisher, "702");
        awaitOwner(clientId, null);
        JsonNode unavailable = validEvent(kafka, "CaseOwnerUnavailable", clientId);
        assertThat(unavailable.path("data").path("municipalityCode").asText()).isEqualTo("702");
        assertThat(unavailable.path("data").path("reasonCode").asText()).isEqualTo("NO_FITTING_PROFESSIONAL");

        screen(publisher, clientId, "SOCIAL_SERVICES_FIRST");
        Map<String, Object> instructor = professional("Sanna Sosiaaliohjaaja", "REHABILITATIVE_WORK_SOCIAL_INSTRUCTOR",
                "702", 5);
        instructor.put("userId", "sanna.sosiaaliohjaaja");
        String fitting = addProfessional(instructor);

        awaitOwner(clientId, fitting);
        JsonNode assigned = validEvent(kafka, "CaseOwnerAssigned", clientId);
        assertThat(assigned.path("data").path("professionalId").asText()).isEqualTo(fitting);
        assertThat(assigned.path("data").path("professionalUserId").asText()).isEqualTo("sanna.sosiaaliohjaaja");
        assertThat(assigned.path("data").path("professionalRole").asText())
                .isEqualTo("REHABILITATIVE_WORK_SOCIAL_INSTRUCTOR");
    }

    @Test
    void aQueuedClientIsAssignedWhenAProfessionalFreesUp() {
        Map<String, Object> body = professional("Pia Pieni", "WORK_ABILITY_COORDINATOR", "704", 1);
        String id = addProfessional(body);
        UUID first = registerClient(publisher, "704");
        awaitOwner(first, id);
        UUID second = registerClient(publisher, "704");
        awaitOwner(second, null);

        body.put("maxCaseload", 2);
        updateProfessional(id, body);

        as(Roles.CASE_OWNER).get("/api/v1/clients/" + second + "/case-owner").then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("caseOwner.id", equalTo(id));
    }

    @Test
    void continuityBringsTheEarlierOwnerBackInsteadOfTheLeastLoaded() {
        String earlier = addProfessional("Eero Aiempi", "SOCIAL_WELFARE_OWN_WORKER", "705", 10);
        UUID clientId = registerClient(publisher, "705");
        awaitOwner(clientId, earlier);
        UUID other = registerClient(publisher, "705");
        awaitOwner(other, earlier);
        Map<String, Object> middleBody = professional("Minna Välissä", "SOCIAL_WELFARE_OWN_WORKER", "705", 10);
        String middle = addProfessional(middleBody);
        String idle = addProfessional("Iida Joutilas", "SOCIAL_WELFARE_OWN_WORKER", "705", 10);
        reassign(clientId, middle, "Eero's caseload is heavy", "Client prefers mornings.");

        middleBody.put("active", false);
        middleBody.put("inactiveReason", "LONG_ABSENCE");
        updateProfessional(middle, middleBody);
        var report = as(Roles.COORDINATOR).body(Map.of("reason", "Minna on long sick leave",
                        "handoverNote", "See the history for earlier notes."))
                .post("/api/v1/professionals/" + middle + "/reassignments").then().statusCode(200).extract();

        assertThat(report.<String>path("moved[0].toProfessionalId")).isEqualTo(earlier);
        assertThat(report.<String>path("moved[0].rule")).startsWith("continuity");
        awaitOwner(clientId, earlier);
        as(Roles.COORDINATOR).get("/api/v1/professionals/" + idle + "/caseload").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void manualReassignmentNeedsAReasonAHandoverNoteAndTheCurrentVersion() {
        String from = addProfessional("Aino Alku", "SOCIAL_WELFARE_OWN_WORKER", "706", 10);
        Map<String, Object> toBody = professional("Topi Tuleva", "WORK_ABILITY_COORDINATOR", "706", 10);
        toBody.put("userId", "topi.tuleva");
        String to = addProfessional(toBody);
        UUID clientId = registerClient(publisher, "706");
        String etag = awaitOwner(clientId, from).header("ETag");
        String path = "/api/v1/clients/" + clientId + "/case-owner";

        as(Roles.COORDINATOR).header("If-Match", etag).body(Map.of("professionalId", to, "reason", "balancing"))
                .put(path).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("handoverNote"));
        as(Roles.COORDINATOR).body(Map.of("professionalId", to, "reason", "balancing", "handoverNote", "n"))
                .put(path).then().statusCode(428);
        as(Roles.COORDINATOR).header("If-Match", "\"999\"")
                .body(Map.of("professionalId", to, "reason", "balancing", "handoverNote", "n")).put(path).then()
                .statusCode(412);
        as(Roles.COORDINATOR).header("If-Match", etag).body(Map.of("professionalId", UUID.randomUUID().toString(),
                "reason", "balancing", "handoverNote", "n")).put(path).then().statusCode(422)
                .body("violations[0].field", equalTo("professionalId"));
        awaitOwner(clientId, from);

        as(Roles.COORDINATOR, "hyvinvointialue-dev", "kaija.koordinaattori").header("If-Match", etag)
                .body(Map.of("professionalId", to, "reasonCode", "OWNER_LEFT",
                        "reason", "Aino moves to another team",
                        "handoverNote", "Waiting for the work-ability team appointment."))
                .put(path).then().statusCode(200).body("caseOwner.id", equalTo(to));

        var history = as(Roles.CASE_OWNER).get(path + "/history").then().statusCode(200).extract();
        assertThat(history.<List<String>>path("items.toProfessionalId")).containsExactly(from, to);
        assertThat(history.<String>path("items[1].changedBy")).isEqualTo("kaija.koordinaattori");
        assertThat(history.<String>path("items[1].reason")).isEqualTo("Aino moves to another team");
        assertThat(history.<String>path("items[1].reasonCode")).isEqualTo("OWNER_LEFT");
        assertThat(history.<String>path("items[1].handoverNote")).isEqualTo("Waiting for the work-ability team appointment.");
        assertThat(history.<String>path("items[0].changedBy")).isEqualTo("system");

        JsonNode changed = validEvent(kafka, "CaseOwnerChanged", clientId);
        assertThat(changed.path("data").path("reasonCode").asText()).isEqualTo("OWNER_LEFT");
        assertThat(changed.path("data").path("changedBy").asText()).isEqualTo("kaija.koordinaattori");
        assertThat(changed.path("data").path("toProfessionalUserId").asText()).isEqualTo("topi.tuleva");
        assertThat(changed.toString()).as("the reason and the handover note in words stay in the history")
                .doesNotContain("Aino moves", "Waiting for the work-ability team appointment.");
    }

    @Test
    void anInactiveProfessionalNeedsAReasonAndGetsNoNewClients() {
        Map<String, Object> body = professional("Lauri Lähtevä", "SOCIAL_WELFARE_OWN_WORKER", "707", 10);
        String id = addProfessional(body);
        body.put("active", false);
        String etag = as(Roles.COORDINATOR).get("/api/v1/professionals/" + id).then().extract().header("ETag");
        as(Roles.COORDINATOR).header("If-Match", etag).body(body).put("/api/v1/professionals/" + id).then()
                .statusCode(400).body("violations[0].field", equalTo("inactiveReason"));
        body.put("inactiveReason", "LEAVING");
        updateProfessional(id, body);
        as(Roles.COORDINATOR).header("If-Match", etag).body(body).put("/api/v1/professionals/" + id).then()
                .statusCode(412);
        as(Roles.COORDINATOR).get("/api/v1/professionals/" + id).then().body("active", equalTo(false))
                .body("inactiveReason", equalTo("LEAVING"));

        UUID clientId = registerClient(publisher, "707");
        awaitOwner(clientId, null);
    }

    @Test
    void aCaseOwnerSeesTheirOwnWorkListThroughTheirUserId() {
        Map<String, Object> body = professional("Maija Minä", "SOCIAL_WELFARE_OWN_WORKER", "709", 10);
        body.put("userId", "maija.mina");
        String id = addProfessional(body);
        UUID clientId = registerClient(publisher, "709");
        awaitOwner(clientId, id);

        as(Roles.CASE_OWNER, "hyvinvointialue-dev", "maija.mina").get("/api/v1/professionals/me/caseload").then()
                .statusCode(200).body("items.caseOwnerProfessionalId", everyItem(equalTo(id)))
                .body("items.clientId", hasItem(clientId.toString()));
        as(Roles.CASE_OWNER, "hyvinvointialue-dev", "nobody." + UUID.randomUUID())
                .get("/api/v1/professionals/me/caseload").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void replayedScreeningAndRegistrationEventsChangeNothing() throws Exception {
        String ownWorker = addProfessional("Rauha Toisto", "SOCIAL_WELFARE_OWN_WORKER", "708", 10);
        String ownCoach = addProfessional("Kalle Toisto", "EMPLOYMENT_SERVICES_OWN_COACH", "708", 10);
        UUID clientId = registerClient(publisher, "708");
        awaitOwner(clientId, ownWorker);
        Map<String, Object> screening = Map.of("clientId", clientId.toString(), "screeningId",
                UUID.randomUUID().toString(), "segment", "EMPLOYMENT_SERVICES_DIRECTLY", "derivedSegment",
                "EMPLOYMENT_SERVICES_DIRECTLY", "overridden", false, "signals", List.of(), "monthsUnemployed", 3,
                "completedAt", OffsetDateTime.now().toString());
        var envelope = EventPublisher.envelope(UUID.randomUUID().toString(), "intake", "ScreeningCompleted",
                clientId, screening);
        publisher.publishEnvelope(Topics.INTAKE, clientId, envelope);
        awaitOwner(clientId, ownCoach);
        publisher.publishEnvelope(Topics.INTAKE, clientId, envelope);
        UUID marker = registerClient(publisher, "708");
        awaitOwner(marker, ownWorker);

        var history = as(Roles.CASE_OWNER).get("/api/v1/clients/" + clientId + "/case-owner/history").then()
                .extract();
        assertThat(history.<List<String>>path("items.toProfessionalId")).containsExactly(ownWorker, ownCoach);
        assertThat(EventLog.events(kafka, Topics.CASE_OWNER,
                EventLog.ofType("CaseOwnerChanged", clientId), 2, Duration.ofSeconds(3)))
                .hasSize(1);
    }

    private void reassign(UUID clientId, String to, String reason, String note) {
        String path = "/api/v1/clients/" + clientId + "/case-owner";
        String etag = as(Roles.COORDINATOR).get(path).then().extract().header("ETag");
        as(Roles.COORDINATOR).header("If-Match", etag)
                .body(Map.of("professionalId", to, "reason", reason, "handoverNote", note)).put(path).then()
                .statusCode(200);
    }
}
