package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventSchemas;
import fi.polku.testkit.PersonalDataScan;
import fi.polku.testkit.TestIdentityCodes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ClientMergeTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aTemporaryCodeLaterReplacedIsADuplicateCandidateAndMergesIntoThePermanentOne() {
        LocalDate born = TestClients.randomBirthDate();
        String lastName = "Kaksoinen" + UUID.randomUUID().toString().substring(0, 8);
        String temporaryCode = TestIdentityCodes.of(born, 901 + (int) (Math.random() * 98), '-');
        String permanentCode = TestClients.code(born);
        UUID temporary = TestClients.register(temporaryCode, "Jarmo", lastName, "091");
        UUID permanent = TestClients.register(permanentCode, "JARMO", lastName.toUpperCase(), "091");
        TestClients.register(TestClients.code(born), "Sirpa", lastName, "091");

        List<Map<String, Object>> group = duplicateCandidateGroups().stream()
                .filter(candidates -> lastName.equalsIgnoreCase((String) candidates.get("lastName"))).toList();
        assertThat(group).hasSize(1);
        assertThat(memberIds(group.get(0))).containsExactlyInAnyOrder(temporary.toString(), permanent.toString());

        String screening = as(Roles.INTAKE_WORKER).body(Map.of("signals", List.of(), "monthsUnemployed", 24,
                        "motivation", "MOTIVATED"))
                .post("/api/v1/clients/" + temporary + "/screenings").then().statusCode(201).extract().path("id");

        String consent = as(Roles.INTAKE_WORKER).body(ConsentResourceTest.consent())
                .post("/api/v1/clients/" + temporary + "/consents").then().statusCode(201).extract().path("id");

        as(Roles.INTAKE_WORKER).body(Map.of("mergedClientId", temporary.toString()))
                .post("/api/v1/clients/" + permanent + "/merge").then().statusCode(200)
                .body("id", equalTo(permanent.toString()));

        as(Roles.CASE_OWNER).get("/api/v1/clients/" + temporary).then().statusCode(200)
                .body("id", equalTo(permanent.toString()));
        as(Roles.INTAKE_WORKER).body(Map.of("identityCode", temporaryCode)).post("/api/v1/clients/search")
                .then().statusCode(200).body("clientId", equalTo(permanent.toString()));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + permanent + "/screenings").then().statusCode(200)
                .body("items.id", hasItem(screening)).body("items[0].clientId", equalTo(permanent.toString()));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + temporary + "/screenings").then().statusCode(200)
                .body("items", hasSize(1));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + permanent + "/consents/" + consent).then().statusCode(200)
                .body("clientId", equalTo(permanent.toString())).body("status", equalTo("ACTIVE"));
        assertThat(duplicateCandidateGroups().stream().flatMap(candidates -> memberIds(candidates).stream()))
                .doesNotContain(temporary.toString());

        JsonNode event = EventLog.event(kafka, Topics.INTAKE, "ClientsMerged", permanent, Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("data").path("clientId").asText()).isEqualTo(permanent.toString());
        assertThat(event.path("data").path("mergedClientId").asText()).isEqualTo(temporary.toString());
        assertThat(event.toString()).doesNotContain("Jarmo").doesNotContain(lastName);
        PersonalDataScan.assertNoneIn("ClientsMerged", event.toString(), List.of(temporaryCode, permanentCode));

        as(Roles.INTAKE_WORKER).body(Map.of("mergedClientId", temporary.toString()))
                .post("/api/v1/clients/" + permanent + "/merge").then().statusCode(409)
                .contentType("application/problem+json").body("mergedInto", equalTo(permanent.toString()));
        as(Roles.INTAKE_WORKER).body(Map.of("identityCode", temporaryCode, "firstName", "Jarmo", "lastName", lastName,
                        "municipalityCode", "091", "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(409).body("existingClientId", equalTo(permanent.toString()));
    }

    @Test
    void onlyTwoDifferentClientsWithTheSameBirthDateCanBeMerged() {
        UUID kept = TestClients.register();
        UUID other = TestClients.register(TestClients.code(LocalDate.of(1949, 12, 31)), "Samuli", "Esimerkki",
                "091");
        as(Roles.INTAKE_WORKER).body(Map.of("mergedClientId", kept.toString()))
                .post("/api/v1/clients/" + kept + "/merge").then().statusCode(422)
                .body("violations[0].field", equalTo("mergedClientId"));
        as(Roles.INTAKE_WORKER).body(Map.of("mergedClientId", other.toString()))
                .post("/api/v1/clients/" + kept + "/merge").then().statusCode(422)
                .body("violations[0].field", equalTo("mergedClientId"));
        as(Roles.INTAKE_WORKER).body(Map.of("mergedClientId", UUID.randomUUID().toString()))
                .post("/api/v1/clients/" + kept + "/merge").then().statusCode(422)
                .body("violations[0].field", equalTo("mergedClientId"));
        as(Roles.INTAKE_WORKER).body(Map.of("mergedClientId", other.toString()))
                .post("/api/v1/clients/" + UUID.randomUUID() + "/merge").then().statusCode(404);
        as(Roles.CASE_OWNER).body(Map.of("mergedClientId", other.toString()))
                .post("/api/v1/clients/" + kept + "/merge").then().statusCode(403);
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + other).then().statusCode(200)
                .body("id", equalTo(other.toString()));
    }

    /** Every group of duplicate candidates the intake worker sees, following the pages to the last. */
    private static List<Map<String, Object>> duplicateCandidateGroups() {
        List<Map<String, Object>> groups = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(Roles.INTAKE_WORKER).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/clients/duplicate-candidates").then().statusCode(200).extract()
                    .jsonPath();
            groups.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return groups;
    }

    @SuppressWarnings("unchecked")
    private static List<String> memberIds(Map<String, Object> group) {
        return ((List<Map<String, Object>>) group.get("clients")).stream().map(c -> (String) c.get("id")).toList();
    }

    @AfterAll
    static void noIdentityCodeInTheLogs() {
        TestClients.assertNoIdentityCodeInTheLogs();
    }
}
