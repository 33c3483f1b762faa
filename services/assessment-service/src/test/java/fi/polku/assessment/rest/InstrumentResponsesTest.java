package fi.polku.assessment.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.assessment.Fixtures;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InstrumentResponsesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    static Map<String, Object> kykyviisari(LocalDate timePoint, Object social, Object workAbility) {
        Map<String, Object> answers = new HashMap<>(Map.of("social-inclusion", social, "mental-resources", 5.5,
                "everyday-activities", 7, "cognitive-skills", 8, "physical-functioning", 6));
        answers.put("work-ability", workAbility);
        return Map.of("instrument", "kykyviisari", "timePoint", timePoint.toString(), "answers", answers);
    }

    @Test
    void theBundledInstrumentsAreServedAsData() {
        as(Roles.TEAM_MEMBER).get("/api/v1/instruments").then().statusCode(200)
                .body("items.id", hasItems("kykyviisari", "professional-observation"));
        as(Roles.ANALYST).get("/api/v1/instruments/kykyviisari/versions/1").then().statusCode(200)
                .body("scales", hasSize(6)).body("scales[5].items[0].max", equalTo(10));
        as(Roles.TEAM_MEMBER).get("/api/v1/instruments/kykyviisari/versions/9").then().statusCode(404);
    }

    @Test
    void answersOutOfRangeOrMissingAreRejectedNamingTheItem() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String id = Fixtures.assessmentInProgress(clientId, Fixtures.team("Mittaava tiimi"));
        as(Roles.TEAM_MEMBER).body(kykyviisari(LocalDate.now(), 6, 11))
                .post("/api/v1/assessments/" + id + "/instrument-responses").then().statusCode(400)
                .contentType("application/problem+json").body("violations", hasSize(1))
                .body("violations[0].field", equalTo("answers.work-ability"))
                .body("violations[0].message", equalTo("must be 0–10 (whole numbers)"));
        Map<String, Object> missing = new HashMap<>(kykyviisari(LocalDate.now(), 6, 5));
        Map<String, Object> answers = new HashMap<>((Map<String, Object>) missing.get("answers"));
        answers.remove("mental-resources");
        missing.put("answers", answers);
        as(Roles.TEAM_MEMBER).body(missing).post("/api/v1/assessments/" + id + "/instrument-responses").then()
                .statusCode(400).body("violations[0].field", equalTo("answers.mental-resources"));
        as(Roles.TEAM_MEMBER).body(Map.of("instrument", "omaolo", "timePoint", LocalDate.now().toString(),
                        "answers", Map.of())).post("/api/v1/assessments/" + id + "/instrument-responses").then()
                .statusCode(400).body("violations[0].field", equalTo("instrument"));
        as(Roles.TEAM_MEMBER).body(Map.of("instrument", "professional-observation", "timePoint",
                        LocalDate.now().toString(), "answers", Map.of("physical-functioning", 0,
                                "mental-functioning", 5, "cognitive-functioning", 1, "social-functioning", 2)))
                .post("/api/v1/assessments/" + id + "/instrument-responses").then().statusCode(400)
                .body("violations[0].field", equalTo("answers.mental-functioning"));
        as(Roles.TEAM_MEMBER).get("/api/v1/assessments/" + id).then().body("instrumentResponses", hasSize(0));
    }

    @Test
    void theTrendOfTwoKykyviisariTimePointsIsComputedInTheOrderOfTheDaysTheyDescribe() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String id = Fixtures.assessmentInProgress(clientId, Fixtures.team("Seuraava tiimi"));
        LocalDate before = LocalDate.now().minusMonths(4);
        LocalDate after = LocalDate.now();
        // the "after" answers are typed in first: the trend still runs from before to after
        as(Roles.TEAM_MEMBER).body(kykyviisari(after, 7, 7))
                .post("/api/v1/assessments/" + id + "/instrument-responses").then().statusCode(201);
        as(Roles.TEAM_MEMBER).body(kykyviisari(before, 4.5, 4))
                .post("/api/v1/assessments/" + id + "/instrument-responses").then().statusCode(201)
                .body("scaleScores.social-inclusion", equalTo(4.5f));
        as(Roles.TEAM_MEMBER).body(kykyviisari(after, 7, 7))
                .post("/api/v1/assessments/" + id + "/instrument-responses").then().statusCode(409);

        as(Roles.CASE_OWNER).get("/api/v1/clients/" + clientId + "/instrument-trends").then().statusCode(200)
                .body("instruments", hasSize(1)).body("instruments[0].instrument", equalTo("kykyviisari"))
                .body("instruments[0].timePoints", equalTo(List.of(before.toString(), after.toString())))
                .body("instruments[0].scales.find { it.scale == 'social-inclusion' }.change", equalTo(2.5f))
                .body("instruments[0].scales.find { it.scale == 'work-ability' }.first", equalTo(4))
                .body("instruments[0].scales.find { it.scale == 'work-ability' }.latest", equalTo(7))
                .body("instruments[0].scales.find { it.scale == 'work-ability' }.change", equalTo(3))
                .body("instruments[0].scales.find { it.scale == 'work-ability' }.higherIsBetter", equalTo(true))
                .body("instruments[0].scales.find { it.scale == 'work-ability' }.improvement", equalTo("IMPROVED"))
                .body("instruments[0].scales.find { it.scale == 'mental-resources' }.change", equalTo(0))
                .body("instruments[0].scales.find { it.scale == 'mental-resources' }.improvement",
                        equalTo("UNCHANGED"));

        List<JsonNode> recorded = EventLog.events(kafka, Topics.ASSESSMENT,
                EventLog.ofType("InstrumentResponsesRecorded", clientId), 2, Duration.ofSeconds(30));
        assertThat(recorded).hasSize(2);
        recorded.forEach(EventSchemas::assertValid);
        assertThat(recorded).extracting(e -> e.path("data").path("timePoint").asText())
                .containsExactlyInAnyOrder(before.toString(), after.toString());
        assertThat(recorded.get(0).path("data").has("answers")).isFalse();
        assertThat(recorded).allSatisfy(e -> assertThat(e.path("data").path("higherIsBetter").path("social-inclusion")
                .asBoolean(false)).isTrue());
        as(Roles.JOB_COACH).get("/api/v1/clients/" + clientId + "/instrument-trends").then().statusCode(403);
        as(Roles.TEAM_MEMBER).get("/api/v1/clients/" + UUID.randomUUID() + "/instrument-trends").then()
                .statusCode(404);
    }
}
