package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.awaitOwner;
import static fi.polku.caseowner.rest.Fixtures.professional;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CareNetworkTest {

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
    void membersJoinWithARoleAndPeriodAndEndingKeepsThemOnRecord() {
        String owner = addProfessional("Verkko Vastaava", "SOCIAL_WELFARE_OWN_WORKER", "741", 10);
        Map<String, Object> coachBody = professional("Jussi Valmentaja", "JOB_COACH", "741", 20);
        coachBody.put("userId", "jussi.valmentaja");
        String coach = addProfessional(coachBody);
        UUID clientId = registerClient(publisher, "741");
        awaitOwner(clientId, owner);
        String path = "/api/v1/clients/" + clientId + "/network";
        CareRelationshipFixture.inCareOf(clientId, CareRelationshipFixture.defaultSubject(Roles.JOB_COACH));

        Map<String, Object> coachRequest = Map.of("professionalId", coach, "role", "JOB_COACH", "from", "2026-01-15",
                "reason", "The client's job coach in supported employment");
        String coachMember = as(Roles.CASE_OWNER).header("Idempotency-Key", "add-coach-" + clientId)
                .body(coachRequest).post(path).then().statusCode(201)
                .body("name", equalTo("Jussi Valmentaja")).body("userId", equalTo("jussi.valmentaja"))
                .body("current", equalTo(true)).extract().path("id");
        as(Roles.CASE_OWNER).header("Idempotency-Key", "add-coach-" + clientId).body(coachRequest).post(path).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(coachMember))
                .header("Location", org.hamcrest.Matchers.endsWith("/network/" + coachMember));
        as(Roles.CASE_OWNER).body(Map.of("name", "Riikka Ohjaaja", "organisation", "Orimattilan työpaja",
                "role", "REHABILITATIVE_WORK_INSTRUCTOR")).post(path).then().statusCode(201);

        as(Roles.CASE_OWNER).delete(path + "/" + coachMember + "?until=2026-03-01&reason=coaching ended").then()
                .statusCode(200).body("until", equalTo("2026-03-01")).body("current", equalTo(false));
        as(Roles.CASE_OWNER).delete(path + "/" + coachMember).then().statusCode(200)
                .body("until", equalTo("2026-03-01"));

        var network = as(Roles.JOB_COACH).get(path).then().statusCode(200).extract();
        assertThat(network.<List<String>>path("items.name")).containsExactly("Jussi Valmentaja", "Riikka Ohjaaja");
        assertThat(network.<List<Boolean>>path("items.current")).containsExactly(false, true);
        assertThat(network.<String>path("items[0].endReason")).isEqualTo("coaching ended");

        List<JsonNode> changes = Fixtures.events(kafka, "CareNetworkChanged", clientId, 3);
        assertThat(changes).hasSize(3);
        changes.forEach(EventSchemas::assertValid);
        assertThat(changes).extracting(e -> e.path("data").path("change").asText())
                .containsExactly("ADDED", "ADDED", "ENDED");
        JsonNode ended = changes.get(2).path("data").path("member");
        assertThat(ended.path("userId").asText()).isEqualTo("jussi.valmentaja");
        assertThat(ended.path("until").asText()).isEqualTo("2026-03-01");
        assertThat(changes.toString()).doesNotContain("Riikka Ohjaaja", "Jussi Valmentaja");
    }

    @Test
    void badMembersAreRejectedNamingTheField() {
        String owner = addProfessional("Tarkka Tarkastaja", "SOCIAL_WELFARE_OWN_WORKER", "742", 10);
        UUID clientId = registerClient(publisher, "742");
        awaitOwner(clientId, owner);
        String path = "/api/v1/clients/" + clientId + "/network";

        as(Roles.CASE_OWNER).body(Map.of("name", "Nimetön Rooli", "organisation", "X")).post(path).then()
                .statusCode(400).body("violations[0].field", equalTo("role"));
        as(Roles.CASE_OWNER).body(Map.of("role", "OWN_COACH")).post(path).then().statusCode(400)
                .body("violations.field", hasItems("name", "organisation"));
        as(Roles.CASE_OWNER).body(Map.of("role", "OWN_COACH", "professionalId", UUID.randomUUID().toString()))
                .post(path).then().statusCode(422).body("violations[0].field", equalTo("professionalId"));
        as(Roles.CASE_OWNER).body(Map.of("name", "A", "organisation", "B", "role", "OWN_COACH",
                "from", LocalDate.of(2026, 5, 1).toString())).post(path).then().statusCode(201);
        String member = as(Roles.CASE_OWNER).get(path).then().extract().path("items[0].id");
        as(Roles.CASE_OWNER).delete(path + "/" + member + "?until=2026-04-01").then().statusCode(400)
                .body("violations[0].field", equalTo("until"));
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + UUID.randomUUID() + "/network").then().statusCode(404);
        as(Roles.CASE_OWNER).get(path).then().body("items.size()", equalTo(1)).body("items[0].until", org.hamcrest.Matchers.nullValue());
    }
}
