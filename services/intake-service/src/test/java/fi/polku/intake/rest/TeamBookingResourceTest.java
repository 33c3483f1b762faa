package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TeamBookingResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    static Map<String, Object> appointment(UUID team, OffsetDateTime at) {
        return new HashMap<>(Map.of("kind", "TEAM_APPOINTMENT", "teamId", team.toString(), "appointmentAt",
                at.toString(), "reason", "Partial work ability and several services needed at once"));
    }

    @Test
    void aTeamAppointmentEmitsWorkAbilityTeamBooked() {
        UUID client = TestClients.register();
        UUID team = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withSecond(17).withNano(0);
        String location = as(Roles.INTAKE_WORKER).body(appointment(team, at))
                .post("/api/v1/clients/" + client + "/team-bookings").then().statusCode(201)
                .body("kind", equalTo("TEAM_APPOINTMENT")).body("teamId", equalTo(team.toString()))
                .body("investigations", hasSize(0))
                .extract().header("Location");
        as(Roles.TEAM_MEMBER).get(location).then().statusCode(200).body("appointmentAt", equalTo(at.toString()));

        JsonNode event = EventLog.event(kafka, Topics.INTAKE, "WorkAbilityTeamBooked", client,
                Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("data").path("teamId").asText()).isEqualTo(team.toString());
        assertThat(OffsetDateTime.parse(event.path("data").path("appointmentAt").asText())).isEqualTo(at);
        assertThat(event.path("data").has("reason")).as("the written reason stays in intake").isFalse();
        assertThat(event.toString()).doesNotContain("Partial work ability");
    }

    @Test
    void furtherInvestigationsFirstEmitFurtherInvestigationRequestedWithTheirKindsAndNoWords() {
        UUID client = TestClients.register();
        Map<String, Object> request = Map.of("kind", "FURTHER_INVESTIGATIONS", "reason", "Back pain not examined",
                "investigations", List.of(
                        Map.of("kind", "HEALTH_EXAMINATION", "investigation", "Physician's examination of the back",
                                "responsible", "physician"),
                        Map.of("investigation", "Social welfare service needs assessment",
                                "responsible", "social worker")));
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/team-bookings")
                .then().statusCode(201).body("kind", equalTo("FURTHER_INVESTIGATIONS"))
                .body("investigations.responsible", containsInAnyOrder("physician", "social worker"))
                .body("investigations.kind", contains("HEALTH_EXAMINATION", "OTHER"));
        as(Roles.COORDINATOR).get("/api/v1/clients/" + client + "/team-bookings").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].investigations.investigation", hasItem("Physician's examination of the back"));

        JsonNode event = EventLog.event(kafka, Topics.INTAKE, "FurtherInvestigationRequested", client,
                Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("type").asText()).isEqualTo("fi.polku.intake.FurtherInvestigationRequested.v2");
        assertThat(event.path("data").path("investigations")).extracting(i -> i.path("kind").asText())
                .containsExactly("HEALTH_EXAMINATION", "OTHER");
        assertThat(event.path("data").has("reason")).as("the booking's reason stays in intake").isFalse();
        assertThat(event.toString()).as("the investigations' words and who does them stay in intake")
                .doesNotContain("Physician's examination", "Social welfare", "physician", "social worker",
                        "Back pain");
    }

    @Test
    void aBookingMustBeCompleteForItsKind() {
        UUID client = TestClients.register();
        Map<String, Object> request = appointment(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        request.remove("teamId");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/team-bookings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("teamId", "appointmentAt"));
        as(Roles.INTAKE_WORKER).body(Map.of("kind", "FURTHER_INVESTIGATIONS", "reason", "x"))
                .post("/api/v1/clients/" + client + "/team-bookings")
                .then().statusCode(400).body("violations[0].field", equalTo("investigations"));
        as(Roles.INTAKE_WORKER).body(Map.of("kind", "FURTHER_INVESTIGATIONS", "reason", "x",
                        "investigations", List.of(Map.of("investigation", "", "responsible", "physician"))))
                .post("/api/v1/clients/" + client + "/team-bookings")
                .then().statusCode(400).body("violations[0].field", equalTo("investigations[0].investigation"));
        as(Roles.INTAKE_WORKER).body(Map.of("kind", "PHONE_CALL", "reason", "x"))
                .post("/api/v1/clients/" + client + "/team-bookings")
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/team-bookings").then().body("items", hasSize(0));
    }

    @AfterAll
    static void noIdentityCodeInTheLogs() {
        TestClients.assertNoIdentityCodeInTheLogs();
    }
}
