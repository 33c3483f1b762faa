package fi.polku.assessment.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.assessment.Fixtures;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventSchemas;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlansTest {

    private static final LocalDate TODAY = LocalDate.now();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    AgroalDataSource dataSource;

    private List<String> accessLog(UUID clientId) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT actor_roles || ': ' || action FROM access_log WHERE client_id = ? ORDER BY occurred_at")) {
            query.setObject(1, clientId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getString(1));
                }
            }
        }
        return entries;
    }

    static Map<String, Object> party(String role, String name) {
        Map<String, Object> party = new HashMap<>();
        party.put("role", role);
        party.put("name", name);
        party.put("organisation", "Orimattila");
        return party;
    }

    static Map<String, Object> service(String service, LocalDate from, LocalDate until, Integer days) {
        Map<String, Object> planned = new HashMap<>();
        planned.put("service", service);
        planned.put("from", from.toString());
        planned.put("until", until == null ? null : until.toString());
        planned.put("daysPerWeek", days);
        return planned;
    }

    static Map<String, Object> activationPlan(List<Map<String, Object>> parties, List<Map<String, Object>> services,
            List<String> possibilities) {
        return Map.of("validFrom", TODAY.minusMonths(1).toString(), "validUntil", TODAY.plusMonths(5).toString(),
                "parties", parties, "services", services, "agreedPossibilities", possibilities);
    }

    static final List<Map<String, Object>> CLIENT_OWN_WORKER_COACH = List.of(party("CLIENT", null),
            party("SOCIAL_WELFARE_OWN_WORKER", "Oona Omatyöntekijä"),
            party("MUNICIPAL_EMPLOYMENT_OWN_COACH", "Oskari Omavalmentaja"));

    static Map<String, Object> implementationPlan(Object activationPlanId, boolean coaching) {
        return Map.of("activationPlanId", activationPlanId, "place", "Työpaja", "activityDaysPerWeek", 4,
                "goals", List.of("Sosiaalisten suhteiden lisääminen"), "coachingOnActivityDays", coaching,
                "validFrom", TODAY.toString(), "drawnUpBy", "Sanna Sosiaaliohjaaja");
    }

    @Test
    void anImplementationPlanWithoutACurrentActivationPlanIsRejected() {
        UUID clientId = Fixtures.registeredClient(kafka);
        as(Roles.TEAM_MEMBER).body(implementationPlan(UUID.randomUUID(), false))
                .post("/api/v1/clients/" + clientId + "/implementation-plans").then().statusCode(422)
                .contentType("application/problem+json").body("violations[0].field", equalTo("activationPlanId"));

        Map<String, Object> expired = new HashMap<>(activationPlan(CLIENT_OWN_WORKER_COACH, List.of(service(
                "REHABILITATIVE_WORK_ACTIVITY", TODAY.minusYears(1), TODAY.minusMonths(1), 3)), List.of()));
        expired.put("validFrom", TODAY.minusYears(1).toString());
        expired.put("validUntil", TODAY.minusDays(1).toString());
        String planId = as(Roles.TEAM_MEMBER).body(expired).post("/api/v1/clients/" + clientId + "/activation-plans")
                .then().statusCode(201).extract().path("planId");
        as(Roles.TEAM_MEMBER).body(implementationPlan(planId, false))
                .post("/api/v1/clients/" + clientId + "/implementation-plans").then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("not current"));
        as(Roles.TEAM_MEMBER).get("/api/v1/clients/" + clientId + "/implementation-plans").then().statusCode(200)
                .header("ETag", "\"0\"").body("items", hasSize(0)).body("next", nullValue());
    }

    @Test
    void theActivationPlanIsVersionedAndAlwaysHasTheSocialWelfareOwnWorker() throws SQLException {
        UUID clientId = Fixtures.registeredClient(kafka);
        String path = "/api/v1/clients/" + clientId + "/activation-plans";
        as(Roles.TEAM_MEMBER).body(activationPlan(List.of(party("CLIENT", null), party(
                        "MUNICIPAL_EMPLOYMENT_OWN_COACH", "Oskari")), List.of(), List.of())).post(path).then()
                .statusCode(422).body("violations[0].field", equalTo("parties"));
        // seed 003 §2.9: drawn up by the employment authority and social welfare with the client
        as(Roles.TEAM_MEMBER).body(activationPlan(List.of(party("CLIENT", null), party("SOCIAL_WELFARE_OWN_WORKER",
                        "Oona")), List.of(), List.of())).post(path).then()
                .statusCode(422).body("violations[0].field", equalTo("parties"))
                .body("violations[0].message", containsString("employment authority"));

        List<Map<String, Object>> services = new ArrayList<>(List.of(service("REHABILITATIVE_WORK_ACTIVITY",
                TODAY.minusMonths(1), TODAY.plusMonths(5), 4)));
        String planId = as(Roles.TEAM_MEMBER).body(activationPlan(CLIENT_OWN_WORKER_COACH, services,
                        List.of("SUPPORTED_EMPLOYMENT_COACHING", "PAY_SUBSIDY"))).post(path).then().statusCode(201)
                .header("ETag", "\"1\"").body("version", equalTo(1)).extract().path("planId");

        services.add(service("WORK_TRIAL", TODAY.plusDays(7), null, 3));
        Map<String, Object> withTrial = new HashMap<>(activationPlan(CLIENT_OWN_WORKER_COACH, services,
                List.of("SUPPORTED_EMPLOYMENT_COACHING", "WORK_TRIAL", "PAY_SUBSIDY")));
        withTrial.put("changeReason", "Work trial starts");
        as(Roles.TEAM_MEMBER).header("If-Match", "\"1\"").body(withTrial).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("services[1].until"));
        services.set(1, service("WORK_TRIAL", TODAY.plusDays(7), TODAY.plusDays(7 + 89), 3));
        as(Roles.TEAM_MEMBER).body(withTrial).post(path).then().statusCode(428);
        as(Roles.TEAM_MEMBER).header("If-Match", "\"0\"").body(withTrial).post(path).then().statusCode(412);
        as(Roles.TEAM_MEMBER).header("If-Match", "\"1\"").body(withTrial).post(path).then().statusCode(201)
                .body("version", equalTo(2)).body("planId", equalTo(planId))
                .body("services[1].durationDays", equalTo(90));

        as(Roles.CASE_OWNER).get(path).then().statusCode(200).header("ETag", "\"2\"").body("items", hasSize(2))
                .body("items[0].version", equalTo(2)).body("items[1].version", equalTo(1))
                .body("items[0].changeReason", equalTo("Work trial starts"));
        as(Roles.JOB_COACH).get(path).then().statusCode(403);
        assertThat(accessLog(clientId)).contains("team-member: update activation plan to version 1",
                "team-member: update activation plan to version 2", "case-owner: read activation plans");

        List<JsonNode> updates = EventLog.events(kafka, Topics.ASSESSMENT,
                EventLog.ofType("ActivationPlanUpdated", clientId), 2, Duration.ofSeconds(30));
        assertThat(updates).hasSize(2);
        updates.forEach(EventSchemas::assertValid);
        JsonNode latest = updates.stream().filter(e -> e.path("data").path("version").asInt() == 2).findFirst()
                .orElseThrow();
        assertThat(latest.path("data").path("agreedPossibilities").toString()).contains("WORK_TRIAL");
        assertThat(latest.path("data").path("services").get(1).path("durationDays").asInt()).isEqualTo(90);
    }

    @Test
    void anImplementationPlanFromTheCurrentActivationPlanIsVersionedAndEmitted() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String planId = as(Roles.TEAM_MEMBER).body(activationPlan(CLIENT_OWN_WORKER_COACH,
                        List.of(service("REHABILITATIVE_WORK_ACTIVITY", TODAY.minusMonths(1), null, 4)), List.of()))
                .post("/api/v1/clients/" + clientId + "/activation-plans").then().statusCode(201)
                .extract().path("planId");
        String path = "/api/v1/clients/" + clientId + "/implementation-plans";
        as(Roles.TEAM_MEMBER).body(implementationPlan(planId, true)).post(path).then().statusCode(422)
                .body("violations[0].field", equalTo("coachingOnActivityDays"));
        as(Roles.TEAM_MEMBER).body(Map.of("activationPlanId", planId, "place", "", "activityDaysPerWeek", 6,
                        "goals", List.of(), "coachingOnActivityDays", false, "validFrom", TODAY.toString(),
                        "drawnUpBy", "S")).post(path).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("place", "activityDaysPerWeek", "goals"));
        as(Roles.TEAM_MEMBER).body(implementationPlan(planId, false)).post(path).then().statusCode(201)
                .body("version", equalTo(1)).body("activationPlanVersion", equalTo(1))
                .body("activityDaysPerWeek", equalTo(4));
        JsonNode updated = EventLog.event(kafka, Topics.ASSESSMENT, "ImplementationPlanUpdated", clientId,
                Duration.ofSeconds(30));
        EventSchemas.assertValid(updated);
        assertThat(updated.path("data").path("activationPlanId").asText()).isEqualTo(planId);
        as(Roles.TEAM_MEMBER).post("/api/v1/clients/" + UUID.randomUUID() + "/activation-plans").then()
                .statusCode(400);
    }
}
