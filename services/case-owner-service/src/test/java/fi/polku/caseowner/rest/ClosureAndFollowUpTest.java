package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.awaitOwner;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.caseowner.rest.Fixtures.validEvent;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClosureAndFollowUpTest {

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

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void closingSchedulesAFollowUpInTwoMonthsByDefaultAndFreesTheOwner() {
        String owner = addProfessional("Kerttu Sulkija", "SOCIAL_WELFARE_OWN_WORKER", "731", 1);
        UUID clientId = registerClient(publisher, "731");
        awaitOwner(clientId, owner);
        UUID waiting = registerClient(publisher, "731");
        awaitOwner(waiting, null);

        var closure = as(Roles.CASE_OWNER).body(Map.of("reason", "EMPLOYED_OPEN_LABOUR_MARKET"))
                .post("/api/v1/clients/" + clientId + "/closure").then().statusCode(200).extract();

        assertThat(closure.<String>path("followUpDue")).isEqualTo(today().plusMonths(2).toString());
        assertThat(closure.<String>path("caseOwnerProfessionalId")).isEqualTo(owner);
        JsonNode closed = validEvent(kafka, "ClientshipClosed", clientId);
        assertThat(closed.path("data").path("reason").asText()).isEqualTo("EMPLOYED_OPEN_LABOUR_MARKET");
        assertThat(closed.path("data").path("followUpDue").asText()).isEqualTo(today().plusMonths(2).toString());
        awaitOwner(waiting, owner);
        as(Roles.CASE_OWNER).body(Map.of("reason", "OTHER")).post("/api/v1/clients/" + clientId + "/closure").then()
                .statusCode(422).contentType("application/problem+json");
    }

    @Test
    void followUpMonthsAreOneToThreeAndNoneForTheDeceased() {
        String owner = addProfessional("Veikko Väli", "SOCIAL_WELFARE_OWN_WORKER", "732", 10);
        UUID clientId = registerClient(publisher, "732");
        awaitOwner(clientId, owner);
        String path = "/api/v1/clients/" + clientId + "/closure";

        as(Roles.CASE_OWNER).body(Map.of("reason", "STUDIES", "followUpInMonths", 4)).post(path).then()
                .statusCode(400).body("violations[0].field", equalTo("followUpInMonths"));
        as(Roles.CASE_OWNER).body(Map.of("reason", "RETIRED_TO_MARS")).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(Roles.CASE_OWNER).body(Map.of("reason", "DECEASED", "followUpInMonths", 2)).post(path).then()
                .statusCode(422).body("violations[0].field", equalTo("followUpInMonths"));
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + clientId + "/case-owner").then()
                .body("clientshipOpen", equalTo(true));

        as(Roles.CASE_OWNER).body(Map.of("reason", "DECEASED")).post(path).then().statusCode(200)
                .body("followUpId", nullValue()).body("followUpDue", nullValue());
        JsonNode closed = validEvent(kafka, "ClientshipClosed", clientId);
        assertThat(closed.path("data").path("followUpDue").isNull()).isTrue();

        UUID other = registerClient(publisher, "732");
        awaitOwner(other, owner);
        as(Roles.CASE_OWNER).body(Map.of("reason", "STUDIES", "followUpInMonths", 1))
                .post("/api/v1/clients/" + other + "/closure").then().statusCode(200)
                .body("followUpDue", equalTo(today().plusMonths(1).toString()));
    }

    @Test
    void aFollowUpFindingTheClientNeedsServicesReopensWithTheSameOwner() {
        String owner = addProfessional("Raili Palaava", "SOCIAL_WELFARE_OWN_WORKER", "733", 10);
        UUID clientId = registerClient(publisher, "733");
        awaitOwner(clientId, owner);
        String followUpId = as(Roles.CASE_OWNER).body(Map.of("reason", "PAY_SUBSIDISED_WORK", "followUpInMonths", 1))
                .post("/api/v1/clients/" + clientId + "/closure").then().statusCode(200).extract().path("followUpId");
        awaitOwner(registerClient(publisher, "733"), owner);
        addProfessional("Uusi Vapaa", "SOCIAL_WELFARE_OWN_WORKER", "733", 10);

        var notYetDue = as(Roles.CASE_OWNER).queryParam("professionalId", owner).get("/api/v1/follow-ups").then()
                .statusCode(200).extract();
        assertThat(notYetDue.<List<String>>path("items.id")).isEmpty();
        var due = as(Roles.CASE_OWNER).queryParam("professionalId", owner)
                .queryParam("dueBefore", today().plusMonths(1).plusDays(1).toString()).get("/api/v1/follow-ups")
                .then().statusCode(200).extract();
        assertThat(due.<List<String>>path("items.id")).containsExactly(followUpId);
        assertThat(due.<String>path("items[0].clientId")).isEqualTo(clientId.toString());

        as(Roles.CASE_OWNER).queryParam("dueBefore", "next month").get("/api/v1/follow-ups").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("dueBefore"));
        String completion = "/api/v1/follow-ups/" + followUpId + "/completion";
        as(Roles.CASE_OWNER).body(Map.of("outcome", "COULD_NOT_REACH")).post(completion).then().statusCode(400)
                .body("violations[0].field", equalTo("attempts"));
        as(Roles.CASE_OWNER).body(Map.of("outcome", "NEEDS_SERVICES_AGAIN", "note", "The job ended."))
                .post(completion).then().statusCode(200).body("outcome", equalTo("NEEDS_SERVICES_AGAIN"));

        as(Roles.CASE_OWNER).get("/api/v1/clients/" + clientId + "/case-owner").then()
                .body("clientshipOpen", equalTo(true)).body("caseOwner.id", equalTo(owner))
                .body("closedAt", nullValue()).body("stage", equalTo("REGISTERED"))
                .body("clientshipStartedAt", org.hamcrest.Matchers.notNullValue());
        JsonNode reopened = validEvent(kafka, "ClientshipReopened", clientId);
        assertThat(reopened.path("data").path("caseOwnerProfessionalId").asText()).isEqualTo(owner);
        as(Roles.CASE_OWNER).body(Map.of("outcome", "DOING_FINE")).post(completion).then().statusCode(422);
        as(Roles.CASE_OWNER).get("/api/v1/professionals/" + owner + "/caseload").then().body("items.size()", equalTo(2));
    }

    @Test
    void couldNotReachRecordsTheAttempts() {
        String owner = addProfessional("Tavoittelija Tuula", "WORK_ABILITY_COORDINATOR", "734", 10);
        UUID clientId = registerClient(publisher, "734");
        awaitOwner(clientId, owner);
        String followUpId = as(Roles.CASE_OWNER).body(Map.of("reason", "MOVED_AWAY"))
                .post("/api/v1/clients/" + clientId + "/closure").then().statusCode(200).extract().path("followUpId");

        as(Roles.CASE_OWNER).body(Map.of("outcome", "COULD_NOT_REACH", "attempts", 3))
                .post("/api/v1/follow-ups/" + followUpId + "/completion").then().statusCode(200)
                .body("attempts", equalTo(3)).body("completedAt", org.hamcrest.Matchers.notNullValue());
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + clientId + "/case-owner").then()
                .body("clientshipOpen", equalTo(false)).body("closedAt", org.hamcrest.Matchers.notNullValue())
                .body("stage", equalTo("CLOSED")).body("segment", nullValue());
    }
}
