package fi.polku.assessment.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.assessment.Fixtures;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AssessmentLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static List<Map<String, Object>> assessmentsOf(UUID clientId) {
        return as(Roles.TEAM_MEMBER).queryParam("clientId", clientId).get("/api/v1/assessments").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    private JsonNode assessmentEvent(String type, String assessmentId, int count) {
        List<JsonNode> events = EventLog.events(kafka, Topics.ASSESSMENT, e -> e.path("type").asText()
                .contains("." + type + ".") && assessmentId.equals(e.path("data").path("assessmentId").asText()),
                count, WAIT);
        assertThat(events).hasSize(count);
        events.forEach(EventSchemas::assertValid);
        return events.get(count - 1);
    }

    @Test
    void aBookingInIntakeSchedulesAnAssessmentOnceEvenWhenRedelivered() {
        UUID clientId = UUID.randomUUID();
        CareRelationshipFixture.inCareOf(clientId, "team-member-user");
        UUID bookingId = UUID.randomUUID();
        String teamId = Fixtures.team("Lahden työkykytiimi");
        String appointment = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withSecond(17).withNano(0).toString();
        Map<String, Object> booking = Map.of("clientId", clientId.toString(), "bookingId", bookingId.toString(),
                "teamId", teamId, "appointmentAt", appointment, "reason", "Unassessed health problems affecting "
                        + "employment", "bookedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publish(Topics.INTAKE, "intake", "WorkAbilityTeamBooked", clientId, booking);
            publisher.publish(Topics.INTAKE, "intake", "WorkAbilityTeamBooked", clientId, booking);
        }
        await().atMost(WAIT).until(() -> !assessmentsOf(clientId).isEmpty());
        JsonNode scheduled = EventLog.event(kafka, Topics.ASSESSMENT, "AssessmentScheduled", clientId, WAIT);
        EventSchemas.assertValid(scheduled);
        assertThat(assessmentsOf(clientId)).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("status", "SCHEDULED").containsEntry("bookingId", bookingId.toString())
                    .containsEntry("teamId", teamId);
            assertThat(scheduled.path("data").path("assessmentId").asText()).isEqualTo(a.get("id"));
        });
        assertThat(scheduled.path("data").path("teamId").asText()).isEqualTo(teamId);
        assertThat(OffsetDateTime.parse(scheduled.path("data").path("appointmentAt").asText()))
                .isAtSameInstantAs(OffsetDateTime.parse(appointment));
    }

    @Test
    void aBookingWithoutATeamStillStartsAnAssessment() {
        UUID clientId = UUID.randomUUID();
        CareRelationshipFixture.inCareOf(clientId, "team-member-user");
        Map<String, Object> booking = new HashMap<>(Map.of("clientId", clientId.toString(),
                "bookingId", UUID.randomUUID().toString(), "appointmentAt",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).toString(), "reason", "Several unemployment periods",
                "bookedAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        booking.put("teamId", null);
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publish(Topics.INTAKE, "intake", "WorkAbilityTeamBooked", clientId, booking);
        }
        JsonNode scheduled = EventLog.event(kafka, Topics.ASSESSMENT, "AssessmentScheduled", clientId, WAIT);
        EventSchemas.assertValid(scheduled);
        assertThat(scheduled.path("data").path("teamId").isNull()).isTrue();
    }

    @Test
    void aBookingWithoutItsBookingIdGoesToTheDeadLetterTopicAndSchedulesNothing() {
        UUID clientId = UUID.randomUUID();
        CareRelationshipFixture.inCareOf(clientId, "team-member-user");
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publish(Topics.INTAKE, "intake", "WorkAbilityTeamBooked", clientId, Map.of(
                    "clientId", clientId.toString(), "appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).toString(),
                    "reason", "r", "bookedAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        }
        List<ConsumerRecord<String, String>> dead = EventLog.records(kafka, Topics.deadLetter("assessment"), WAIT,
                records -> records.stream().anyMatch(r -> clientId.toString().equals(r.key())));
        ConsumerRecord<String, String> poison = dead.stream().filter(r -> clientId.toString().equals(r.key()))
                .findFirst().orElseThrow(() -> new AssertionError("the booking is not on the dead-letter topic"));
        assertThat(new String(poison.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("lacks clientId, bookingId or appointmentAt");
        assertThat(assessmentsOf(clientId)).isEmpty();
    }

    @Test
    void aTeamMemberSchedulesStartsAndCancelsWithEvents() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String teamId = Fixtures.team("Hollolan työkykytiimi");
        Response created = as(Roles.TEAM_MEMBER).body(Map.of("clientId", clientId, "teamId", teamId,
                "appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString(),
                "reason", "Unclear overall situation")).post("/api/v1/assessments");
        created.then().statusCode(201).body("status", equalTo("SCHEDULED")).header("ETag", "\"0\"");
        String id = created.path("id");
        assertThat(assessmentEvent("AssessmentScheduled", id, 1).path("data").path("rescheduled").asBoolean())
                .isFalse();

        as(Roles.TEAM_MEMBER).header("If-Match", "\"5\"").body(Map.of("status", "IN_PROGRESS"))
                .post("/api/v1/assessments/" + id + "/status-changes").then().statusCode(412);
        as(Roles.TEAM_MEMBER).header("If-Match", "\"0\"").body(Map.of("status", "IN_PROGRESS"))
                .post("/api/v1/assessments/" + id + "/status-changes").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).header("ETag", "\"1\"");
        as(Roles.TEAM_MEMBER).body(Map.of("status", "CLIENT_DID_NOT_ATTEND"))
                .post("/api/v1/assessments/" + id + "/status-changes").then().statusCode(422)
                .body("violations[0].field", equalTo("status"));
        as(Roles.TEAM_MEMBER).body(Map.of("status", "CANCELLED", "reason", "Client moved to another county"))
                .post("/api/v1/assessments/" + id + "/status-changes").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertThat(assessmentEvent("AssessmentCancelled", id, 1).path("data").path("reason").asText())
                .isEqualTo("CANCELLED");
        as(Roles.TEAM_MEMBER).body(Map.of("status", "IN_PROGRESS"))
                .post("/api/v1/assessments/" + id + "/status-changes").then().statusCode(422);
    }

    @Test
    void aMissedAppointmentIsRecordedAndRescheduled() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String teamId = Fixtures.team("Orimattilan työkykytiimi");
        String id = as(Roles.TEAM_MEMBER).body(Map.of("clientId", clientId, "teamId", teamId,
                        "appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString(), "reason", "r"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        as(Roles.TEAM_MEMBER).body(Map.of("status", "CLIENT_DID_NOT_ATTEND", "reason", "No answer by phone"))
                .post("/api/v1/assessments/" + id + "/status-changes").then().statusCode(200)
                .body("status", equalTo("CLIENT_DID_NOT_ATTEND"));
        assertThat(assessmentEvent("AssessmentCancelled", id, 1).path("data").path("reason").asText())
                .isEqualTo("CLIENT_DID_NOT_ATTEND");

        String newTime = OffsetDateTime.now(ZoneOffset.UTC).plusDays(8).withSecond(17).withNano(0).toString();
        as(Roles.TEAM_MEMBER).body(Map.of("appointmentAt", newTime, "reason", "New time agreed"))
                .post("/api/v1/assessments/" + id + "/reschedule").then().statusCode(200)
                .body("status", equalTo("SCHEDULED"));
        JsonNode rescheduled = assessmentEvent("AssessmentScheduled", id, 2);
        assertThat(rescheduled.path("data").path("rescheduled").asBoolean()).isTrue();
        assertThat(OffsetDateTime.parse(rescheduled.path("data").path("appointmentAt").asText()))
                .isAtSameInstantAs(OffsetDateTime.parse(newTime));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneAssessment() {
        UUID clientId = Fixtures.registeredClient(kafka);
        Map<String, Object> request = Map.of("clientId", clientId, "teamId", Fixtures.team("Uudelleenyritys"),
                "appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(6).toString(), "reason", "r");
        String key = UUID.randomUUID().toString();
        String first = as(Roles.TEAM_MEMBER).header("Idempotency-Key", key).body(request)
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        as(Roles.TEAM_MEMBER).header("Idempotency-Key", key).body(request).post("/api/v1/assessments").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(assessmentsOf(clientId)).hasSize(1);
    }

    @Test
    void anAssessmentNeedsAKnownClientAndTeamAndTheRightRole() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String teamId = Fixtures.team("Heinolan työkykytiimi");
        String at = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        as(Roles.TEAM_MEMBER).body(Map.of("clientId", UUID.randomUUID(), "teamId", teamId, "appointmentAt", at,
                "reason", "r")).post("/api/v1/assessments").then().statusCode(422)
                .body("violations[0].field", equalTo("clientId"));
        as(Roles.TEAM_MEMBER).body(Map.of("clientId", clientId, "teamId", UUID.randomUUID(), "appointmentAt", at,
                "reason", "r")).post("/api/v1/assessments").then().statusCode(422)
                .body("violations[0].field", equalTo("teamId"));
        as(Roles.TEAM_MEMBER).body(Map.of("clientId", clientId, "teamId", teamId, "appointmentAt", "tomorrow",
                "reason", " ")).post("/api/v1/assessments").then().statusCode(400)
                .body("violations[0].field", equalTo("appointmentAt"));
        as(Roles.INTAKE_WORKER).body(Map.of("clientId", clientId, "teamId", teamId, "appointmentAt", at,
                "reason", "r")).post("/api/v1/assessments").then().statusCode(403);
        assertThat(assessmentsOf(clientId)).isEmpty();
        as(Roles.TEAM_MEMBER).get("/api/v1/assessments/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void furtherInvestigationsFromIntakeArePendingUntilTheTeamRecordsTheirResult() {
        UUID clientId = Fixtures.registeredClient(kafka);
        UUID bookingId = UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publish(Topics.INTAKE, "intake", "FurtherInvestigationRequested", clientId, Map.of(
                    "clientId", clientId.toString(), "bookingId", bookingId.toString(),
                    "investigations", List.of(
                            Map.of("investigation", "Psychiatric consultation", "responsible", "Psychiatric clinic"),
                            Map.of("investigation", "Physiotherapist's functional test", "responsible",
                                    "Health centre physiotherapy")),
                    "reason", "Unassessed health problems", "requestedAt", OffsetDateTime.now(ZoneOffset.UTC)
                            .toString()));
        }
        await().atMost(WAIT).until(() -> as(Roles.TEAM_MEMBER).get("/api/v1/clients/" + clientId
                + "/investigations").jsonPath().getList("items").size() == 2);
        List<Map<String, Object>> pending = as(Roles.TEAM_MEMBER).get("/api/v1/clients/" + clientId
                + "/investigations").jsonPath().getList("items");
        assertThat(pending).allSatisfy(i -> assertThat(i).containsEntry("status", "PENDING")
                .containsEntry("bookingId", bookingId.toString()));
        Object investigationId = pending.get(0).get("id");

        Map<String, Object> completion = Map.of("summary", "No psychiatric contraindication for work trial",
                "completedOn", java.time.LocalDate.now().toString());
        as(Roles.TEAM_MEMBER).body(completion).post("/api/v1/investigations/" + investigationId + "/completion")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        as(Roles.TEAM_MEMBER).body(completion).post("/api/v1/investigations/" + investigationId + "/completion")
                .then().statusCode(422);
        as(Roles.TEAM_MEMBER).body(Map.of("summary", "")).post("/api/v1/investigations/" + investigationId
                + "/completion").then().statusCode(400);
        as(Roles.TEAM_MEMBER).get("/api/v1/clients/" + clientId + "/investigations").then()
                .body("items.findAll { it.status == 'PENDING' }", hasSize(1));
    }

    /** Since v2 intake names each investigation by its kind; the words stay in its team booking. */
    @Test
    void furtherInvestigationsOfVersionTwoArePendingByTheirKind() {
        UUID clientId = Fixtures.registeredClient(kafka);
        UUID bookingId = UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publish(Topics.INTAKE, "intake", "FurtherInvestigationRequested", 2, clientId, Map.of(
                    "clientId", clientId.toString(), "bookingId", bookingId.toString(),
                    "investigations", List.of(Map.of("kind", "MENTAL_HEALTH_ASSESSMENT"),
                            Map.of("kind", "PHYSICAL_FUNCTIONING_ASSESSMENT")),
                    "requestedAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        }
        await().atMost(WAIT).until(() -> as(Roles.TEAM_MEMBER).get("/api/v1/clients/" + clientId
                + "/investigations").jsonPath().getList("items").size() == 2);
        List<Map<String, Object>> pending = as(Roles.TEAM_MEMBER).get("/api/v1/clients/" + clientId
                + "/investigations").jsonPath().getList("items");
        assertThat(pending).extracting(i -> i.get("kind"))
                .containsExactlyInAnyOrder("MENTAL_HEALTH_ASSESSMENT", "PHYSICAL_FUNCTIONING_ASSESSMENT");
        assertThat(pending).allSatisfy(i -> assertThat(i).containsEntry("status", "PENDING")
                .containsEntry("bookingId", bookingId.toString()).containsEntry("investigation", null)
                .containsEntry("reason", null));
    }
}
