package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.HashMap;
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
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ScreeningResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    static Map<String, Object> samuli() {
        return new HashMap<>(Map.of("signals", List.of("PARTIAL_WORK_ABILITY", "NEEDS_SEVERAL_SERVICES"),
                "monthsUnemployed", 30, "motivation", "MOTIVATED"));
    }

    @Test
    void derivesTheSegmentNamesTheRuleAndEmitsScreeningCompleted() {
        UUID client = TestClients.register();
        String location = as(Roles.INTAKE_WORKER).body(samuli()).post("/api/v1/clients/" + client + "/screenings")
                .then().statusCode(201)
                .body("segment", equalTo("WORK_ABILITY_TEAM_ASSESSMENT"))
                .body("derivedSegment", equalTo("WORK_ABILITY_TEAM_ASSESSMENT"))
                .body("overridden", equalTo(false))
                .body("rule", equalTo("R2"))
                .body("signals", contains("PARTIAL_WORK_ABILITY", "REPEATED_OR_LONG_TERM_UNEMPLOYMENT",
                        "NEEDS_SEVERAL_SERVICES"))
                .body("decisiveSignals", contains("PARTIAL_WORK_ABILITY", "NEEDS_SEVERAL_SERVICES"))
                .body("screenedBy", equalTo("intake-worker-user"))
                .extract().header("Location");
        as(Roles.CASE_OWNER).get(location).then().statusCode(200).body("rule", equalTo("R2"));

        JsonNode event = EventLog.event(kafka, Topics.INTAKE, "ScreeningCompleted", client, Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        JsonNode data = event.path("data");
        assertThat(data.path("segment").asText()).isEqualTo("WORK_ABILITY_TEAM_ASSESSMENT");
        assertThat(data.path("overridden").asBoolean()).isFalse();
        assertThat(data.path("monthsUnemployed").asInt()).isEqualTo(30);
        assertThat(data.path("signals")).hasSize(3);
        assertThat(event.toString()).doesNotContain("Samuli").doesNotContain("Esimerkki");
        PersonalDataScan.assertNoneIn("ScreeningCompleted", event.toString(), TestClients.SENT_CODES);
    }

    @Test
    void aProfessionalOverridesWithAReasonAndBothSegmentsAreKept() {
        UUID client = TestClients.register();
        Map<String, Object> request = samuli();
        request.put("overrideSegment", "SOCIAL_SERVICES_FIRST");
        request.put("overrideReason", "Housing must be solved before anything else");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/screenings")
                .then().statusCode(201)
                .body("segment", equalTo("SOCIAL_SERVICES_FIRST"))
                .body("derivedSegment", equalTo("WORK_ABILITY_TEAM_ASSESSMENT"))
                .body("overridden", equalTo(true))
                .body("overrideReason", equalTo("Housing must be solved before anything else"));
        as(Roles.TEAM_MEMBER).get("/api/v1/clients/" + client + "/screenings").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].derivedSegment", equalTo("WORK_ABILITY_TEAM_ASSESSMENT"));

        JsonNode event = EventLog.event(kafka, Topics.INTAKE, "ScreeningCompleted", client, Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("data").path("segment").asText()).isEqualTo("SOCIAL_SERVICES_FIRST");
        assertThat(event.path("data").path("derivedSegment").asText()).isEqualTo("WORK_ABILITY_TEAM_ASSESSMENT");
        assertThat(event.path("data").path("overridden").asBoolean()).isTrue();
        assertThat(event.toString()).doesNotContain("Housing");
    }

    @Test
    void aRetriedScreeningWithTheSameIdempotencyKeyIsRecordedOnce() {
        UUID client = TestClients.register();
        String key = UUID.randomUUID().toString();
        String first = as(Roles.INTAKE_WORKER).header("Idempotency-Key", key).body(samuli())
                .post("/api/v1/clients/" + client + "/screenings").then().statusCode(201).extract().path("id");
        as(Roles.INTAKE_WORKER).header("Idempotency-Key", key).body(samuli())
                .post("/api/v1/clients/" + client + "/screenings").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/screenings").then().body("items", hasSize(1));
        assertThat(EventLog.events(kafka, Topics.INTAKE, EventLog.ofType("ScreeningCompleted", client), 2,
                Duration.ofSeconds(3))).hasSize(1);
        UUID another = TestClients.register();
        as(Roles.INTAKE_WORKER).header("Idempotency-Key", key).body(samuli())
                .post("/api/v1/clients/" + another + "/screenings").then().statusCode(422)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + another + "/screenings").then().body("items", hasSize(0));
    }

    @Test
    void anOverrideNeedsAReasonAndMustDifferFromTheDerivedSegment() {
        UUID client = TestClients.register();
        Map<String, Object> request = samuli();
        request.put("overrideSegment", "GUIDANCE_ONLY");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/screenings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("overrideReason"));
        request.remove("overrideSegment");
        request.put("overrideReason", "because");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/screenings")
                .then().statusCode(400).body("violations[0].field", equalTo("overrideSegment"));
        request.put("overrideSegment", "WORK_ABILITY_TEAM_ASSESSMENT");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/screenings")
                .then().statusCode(422).body("violations[0].field", equalTo("overrideSegment"));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/screenings").then().body("items", hasSize(0));
    }

    @Test
    void unknownSignalsMotivationsAndSegmentsAreRejectedNamingTheField() {
        UUID client = TestClients.register();
        Map<String, Object> request = samuli();
        request.put("signals", List.of("PARTIAL_WORK_ABILITY", "FEELS_TIRED"));
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/screenings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", startsWith("signals"))
                .body("violations[0].message", containsString("UNCLEAR_OVERALL_SITUATION"));
        request = samuli();
        request.put("motivation", "VERY");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/screenings")
                .then().statusCode(400).body("violations[0].field", equalTo("motivation"));
        request = samuli();
        request.put("overrideSegment", "SOMEWHERE_ELSE");
        request.put("overrideReason", "x");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/screenings")
                .then().statusCode(400).body("violations[0].field", equalTo("overrideSegment"));
        request = samuli();
        request.put("monthsUnemployed", -1);
        request.remove("motivation");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/screenings")
                .then().statusCode(400).body("violations.field", hasItem("monthsUnemployed"))
                .body("violations.field", hasItem("motivation"));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/screenings").then().body("items", hasSize(0));
    }

    @Test
    void anUnknownClientIs404AndOtherRolesCannotScreen() {
        as(Roles.INTAKE_WORKER).body(samuli()).post("/api/v1/clients/" + UUID.randomUUID() + "/screenings")
                .then().statusCode(404).contentType("application/problem+json");
        UUID client = TestClients.register();
        as(Roles.JOB_COACH).body(samuli()).post("/api/v1/clients/" + client + "/screenings")
                .then().statusCode(403);
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/screenings/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @AfterAll
    static void noIdentityCodeInTheLogs() {
        TestClients.assertNoIdentityCodeInTheLogs();
    }
}
