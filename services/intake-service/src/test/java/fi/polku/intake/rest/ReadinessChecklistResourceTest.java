package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
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
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReadinessChecklistResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    /** Sirpa (seed 003, KUVIO 2): motivated, four activity days a week, two of them in a workshop without walls. */
    static Map<String, Object> sirpa() {
        return Map.of("note", "Siirtymä kuntouttavasta työtoiminnasta", "items", List.of(
                Map.of("sign", "WANTS_AND_IS_READY_TO_MOVE_ON", "status", "MET"),
                Map.of("sign", "POSITIVE_ATTITUDE_TO_EMPLOYMENT", "status", "MET", "note", "halu työllistyä"),
                Map.of("sign", "REHABILITATIVE_WORK_ACTIVITY_TRANSITION_NEAR_OR_LONG_PERIOD", "status", "MET",
                        "alternative", "LONG_PERIOD", "note", "pian 2 vuotta"),
                Map.of("sign", "THREE_TO_FOUR_ACTIVITY_DAYS_A_WEEK", "status", "MET", "note", "4/vko"),
                Map.of("sign", "IN_WORKSHOPS_WITHOUT_WALLS", "status", "MET"),
                Map.of("sign", "NEEDS_SUPPORT_FINDING_DIRECTION", "status", "MET"),
                Map.of("sign", "NO_OR_CONTROLLED_SUBSTANCE_USE", "status", "MET"),
                Map.of("sign", "STABLE_LIFE_SITUATION", "status", "NOT_MET", "note", "yksinäisyyttä")));
    }

    @Test
    void recordsAllFifteenSignsSummarisesTheGroupsAsGuidanceAndEmitsReadinessAssessed() {
        UUID client = TestClients.register();
        String location = as(Roles.CASE_OWNER).body(sirpa())
                .post("/api/v1/clients/" + client + "/readiness-checklists").then().statusCode(201)
                .body("items", hasSize(15))
                .body("items.find { it.sign == 'IN_WORKSHOPS_WITHOUT_WALLS' }.description",
                        equalTo("mukana seinättömien pajojen työtoiminnassa"))
                .body("items.find { it.sign == 'DAILY_RHYTHM' }.status", equalTo("UNKNOWN"))
                .body("items.find { it.sign == 'DAILY_RHYTHM' }.description", equalTo("vuorokausirytmä"))
                .body("groups.find { it.group == 'MOTIVATION' }.met", equalTo(2))
                .body("groups.find { it.group == 'MOTIVATION' }.signs", equalTo(4))
                .body("groups.find { it.group == 'TIMELINESS' }.met", equalTo(4))
                .body("groups.find { it.group == 'TIMELINESS' }.signs", equalTo(7))
                .body("groups.find { it.group == 'LIFE_SITUATION' }.notMet", equalTo(1))
                .body("metTotal", equalTo(7)).body("notMetTotal", equalTo(1)).body("unknownTotal", equalTo(7))
                .body("guidance", containsString("not every sign needs to hold"))
                .extract().header("Location");
        as(Roles.JOB_COACH).get(location).then().statusCode(200).body("metTotal", equalTo(7));
        as(Roles.JOB_COACH).get("/api/v1/clients/" + client + "/readiness-checklists").then().statusCode(200)
                .body("items", hasSize(1));

        JsonNode event = EventLog.event(kafka, Topics.INTAKE, "ReadinessAssessed", client, Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        JsonNode groups = event.path("data").path("groups");
        assertThat(groups.path("motivation").path("met").asInt()).isEqualTo(2);
        assertThat(groups.path("timeliness").path("unknown").asInt()).isEqualTo(3);
        assertThat(groups.path("lifeSituation").path("notMet").asInt()).isEqualTo(1);
        assertThat(event.path("data").path("metTotal").asInt()).isEqualTo(7);
        assertThat(event.toString()).doesNotContain("yksinäisyyttä");
    }

    /**
     * LIITE 7 lists "kuntouttavan työtoiminnan nivelvaihe lähellä tai / pitkä periodi kuntouttavassa työtoiminnassa":
     * one sign whose two alternatives are joined by "tai", so it counts once in the timeliness group, with the
     * alternative that holds recorded.
     */
    @Test
    void theTransitionOrLongPeriodIsOneSignWithTheAlternativeRecorded() {
        UUID client = TestClients.register();
        String path = "/api/v1/clients/" + client + "/readiness-checklists";
        String sign = "REHABILITATIVE_WORK_ACTIVITY_TRANSITION_NEAR_OR_LONG_PERIOD";
        as(Roles.CASE_OWNER).body(Map.of("items", List.of(Map.of("sign", sign, "status", "MET",
                        "alternative", "TRANSITION_NEAR"))))
                .post(path).then().statusCode(201)
                .body("items.find { it.sign == '" + sign + "' }.alternative", equalTo("TRANSITION_NEAR"))
                .body("items.find { it.sign == '" + sign + "' }.description", equalTo("kuntouttavan työtoiminnan "
                        + "nivelvaihe lähellä tai / pitkä periodi kuntouttavassa työtoiminnassa"))
                .body("groups.find { it.group == 'TIMELINESS' }.met", equalTo(1))
                .body("metTotal", equalTo(1)).body("unknownTotal", equalTo(14));

        as(Roles.CASE_OWNER).body(Map.of("items", List.of(Map.of("sign", sign, "status", "MET"),
                        Map.of("sign", "DAILY_RHYTHM", "status", "MET", "alternative", "LONG_PERIOD"))))
                .post(path).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("items[0].alternative", "items[1].alternative"));
        as(Roles.CASE_OWNER).get(path).then().body("items", hasSize(1));
    }

    @Test
    void unknownOrRepeatedSignsAndStatusesAreRejected() {
        UUID client = TestClients.register();
        as(Roles.INTAKE_WORKER).body(Map.of("items", List.of(Map.of("sign", "LIKES_CATS", "status", "MET"))))
                .post("/api/v1/clients/" + client + "/readiness-checklists")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("items[0].sign"));
        as(Roles.INTAKE_WORKER).body(Map.of("items", List.of(Map.of("sign", "DAILY_RHYTHM", "status", "MAYBE"))))
                .post("/api/v1/clients/" + client + "/readiness-checklists")
                .then().statusCode(400).body("violations[0].field", equalTo("items[0].status"));
        as(Roles.INTAKE_WORKER).body(Map.of("items", List.of(Map.of("sign", "DAILY_RHYTHM", "status", "MET"),
                        Map.of("sign", "DAILY_RHYTHM", "status", "NOT_MET"))))
                .post("/api/v1/clients/" + client + "/readiness-checklists")
                .then().statusCode(400).body("violations[0].field", equalTo("items[1].sign"));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/readiness-checklists").then()
                .body("items", hasSize(0));
        as(Roles.TEAM_MEMBER).body(sirpa()).post("/api/v1/clients/" + client + "/readiness-checklists")
                .then().statusCode(403);
    }

    @AfterAll
    static void noIdentityCodeInTheLogs() {
        TestClients.assertNoIdentityCodeInTheLogs();
    }
}
