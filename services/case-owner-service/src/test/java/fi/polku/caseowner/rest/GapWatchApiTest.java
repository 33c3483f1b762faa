package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.WAIT;
import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.awaitOwner;
import static fi.polku.caseowner.rest.Fixtures.professional;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.caseowner.rest.Fixtures.updateProfessional;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class GapWatchApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    AgroalDataSource dataSource;

    EventPublisher publisher;

    @BeforeEach
    void connect() {
        publisher = new EventPublisher(kafka);
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    private static final String NOT_INFORMED = "SERVICE_STARTED_OWNER_NOT_INFORMED";

    private static ExtractableResponse<Response> gaps(String municipality, String rule) {
        return as(Roles.COORDINATOR).queryParam("municipality", municipality).queryParam("rule", rule)
                .queryParam("limit", 200).get("/api/v1/gaps").then().statusCode(200).extract();
    }

    private static ExtractableResponse<Response> gaps(String municipality) {
        return as(Roles.COORDINATOR).queryParam("municipality", municipality).queryParam("limit", 200)
                .get("/api/v1/gaps").then()
                .statusCode(200).extract();
    }

    @Test
    void aClientWithoutACaseOwnerIsFlagged() {
        UUID clientId = registerClient(publisher, "751");
        awaitOwner(clientId, null);
        var gaps = gaps("751");
        assertThat(gaps.<List<String>>path("items.clientId")).containsExactly(clientId.toString());
        assertThat(gaps.<List<String>>path("items.rule")).containsExactly("NO_CASE_OWNER");
        assertThat(gaps.<String>path("items[0].since")).isNotNull();
        as(Roles.COORDINATOR).queryParam("municipality", "751").queryParam("rule", "NO_CASE_OWNER").get("/api/v1/gaps")
                .then().statusCode(200).body("items.size()", equalTo(1));
        as(Roles.COORDINATOR).queryParam("municipality", "751").queryParam("rule", "OWNER_INACTIVE").get("/api/v1/gaps")
                .then().statusCode(200).body("items.size()", equalTo(0));
        as(Roles.COORDINATOR).queryParam("rule", "SOMETHING").get("/api/v1/gaps").then().statusCode(400)
                .body("violations[0].field", equalTo("rule"));
        as(Roles.JOB_COACH).get("/api/v1/gaps").then().statusCode(403);
    }

    @Test
    void anInactiveOwnerAndAnOwnerOverCaseloadAreFlagged() {
        Map<String, Object> leaving = professional("Poistuva Pertti", "SOCIAL_WELFARE_OWN_WORKER", "752", 5);
        String leavingId = addProfessional(leaving);
        UUID ofInactive = registerClient(publisher, "752");
        awaitOwner(ofInactive, leavingId);
        leaving.put("active", false);
        leaving.put("inactiveReason", "LEAVING");
        updateProfessional(leavingId, leaving);

        Map<String, Object> busy = professional("Kiireinen Kirsi", "SOCIAL_WELFARE_OWN_WORKER", "753", 2);
        String busyId = addProfessional(busy);
        UUID first = registerClient(publisher, "753");
        UUID second = registerClient(publisher, "753");
        awaitOwner(first, busyId);
        awaitOwner(second, busyId);
        assertThat(gaps("753").<List<String>>path("items.rule")).isEmpty();
        busy.put("maxCaseload", 1);
        updateProfessional(busyId, busy);

        assertThat(gaps("752").<List<String>>path("items.rule")).containsExactly("OWNER_INACTIVE");
        assertThat(gaps("752").<String>path("items[0].caseOwnerProfessionalId")).isEqualTo(leavingId);
        var overloaded = gaps("753");
        assertThat(overloaded.<List<String>>path("items.rule")).containsExactly("OWNER_OVER_CASELOAD", "OWNER_OVER_CASELOAD");
        assertThat(overloaded.<List<String>>path("items.clientId"))
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        as(Roles.COORDINATOR).queryParam("municipality", "75").get("/api/v1/gaps").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.containsString("municipality"));
    }

    @Test
    void aClientWithoutANextStepOrContactForTooLongIsFlaggedUntilOneIsRecorded() throws Exception {
        String owner = addProfessional("Hiljainen Hilkka", "SOCIAL_WELFARE_OWN_WORKER", "754", 10);
        UUID clientId = registerClient(publisher, "754");
        awaitOwner(clientId, owner);
        update("UPDATE known_client SET registered_at = now() - interval '40 days' WHERE client_id = ?", clientId);

        var gaps = gaps("754");
        assertThat(gaps.<List<String>>path("items.rule")).containsExactly("NO_RECENT_NEXT_STEP_OR_CONTACT");
        assertThat(gaps.<Integer>path("items[0].days")).isEqualTo(40);

        as(Roles.CASE_OWNER).body(Map.of("nextStep", "Book the work-ability team", "dueDate", "2026-12-01",
                        "contactedAt", OffsetDateTime.now().minusHours(1).toString()))
                .post("/api/v1/clients/" + clientId + "/next-steps").then().statusCode(200)
                .body("nextStep", equalTo("Book the work-ability team"));
        assertThat(gaps("754").<List<String>>path("items.rule")).isEmpty();
        as(Roles.CASE_OWNER).get("/api/v1/professionals/" + owner + "/caseload").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].clientId", equalTo(clientId.toString()))
                .body("items[0].nextStep", equalTo("Book the work-ability team"))
                .body("items[0].nextStepDue", equalTo("2026-12-01"))
                .body("items[0].stage", equalTo("REGISTERED"));
        as(Roles.CASE_OWNER).body(Map.of("nextStep", " ")).post("/api/v1/clients/" + clientId + "/next-steps")
                .then().statusCode(400).body("violations[0].field", equalTo("nextStep"));
    }

    @Test
    void anAssessmentOrCoachingStartIsAGapUntilTheCaseOwnerAcknowledgesItAndReplaysChangeNothing() {
        Map<String, Object> tiina = professional("Tietoinen Tiina", "SOCIAL_WELFARE_OWN_WORKER", "755", 10);
        tiina.put("userId", "tiina.tietoinen");
        String owner = addProfessional(tiina);
        UUID clientId = registerClient(publisher, "755");
        awaitOwner(clientId, owner);
        String assessmentId = UUID.randomUUID().toString();
        Map<String, Object> scheduled = Map.of("clientId", clientId.toString(), "assessmentId", assessmentId,
                "teamId", UUID.randomUUID().toString(), "appointmentAt", OffsetDateTime.now().plusDays(7).toString(),
                "scheduledAt", OffsetDateTime.now().toString());
        String eventId = UUID.randomUUID().toString();
        var envelope = EventPublisher.envelope(eventId, "assessment", "AssessmentScheduled", clientId, scheduled);
        publisher.publishEnvelope(Topics.ASSESSMENT, clientId, envelope);
        publisher.publishEnvelope(Topics.ASSESSMENT, clientId, envelope);
        publisher.publish(Topics.ASSESSMENT, "assessment", "AssessmentScheduled", clientId, scheduled);
        publisher.publish(Topics.COACHING, "coaching", "CoachingStarted", clientId, Map.of("clientId",
                clientId.toString(), "episodeId", UUID.randomUUID().toString(), "providerId",
                UUID.randomUUID().toString(), "providerOrganisation", "2345678-0", "coachId",
                UUID.randomUUID().toString(), "startedAt", OffsetDateTime.now().toString()));

        await().atMost(WAIT).until(() -> gaps("755", NOT_INFORMED).<List<String>>path("items.rule").size() == 2);
        assertThat(gaps("755", NOT_INFORMED).<List<String>>path("items.rule")).containsOnly(NOT_INFORMED);
        String starts = "/api/v1/clients/" + clientId + "/service-starts";
        var recorded = as(Roles.CASE_OWNER).get(starts).then().statusCode(200).extract();
        assertThat(recorded.<List<String>>path("items.service")).containsExactlyInAnyOrder("ASSESSMENT", "COACHING");
        String assessmentStart = as(Roles.CASE_OWNER).get(starts).then().extract()
                .path("items.find { it.service == 'ASSESSMENT' }.id");

        as(Roles.CASE_OWNER, "hyvinvointialue-dev", "tiina.tietoinen")
                .post(starts + "/" + assessmentStart + "/acknowledgement").then().statusCode(200)
                .body("acknowledgedBy", equalTo("tiina.tietoinen"));
        var remaining = gaps("755", NOT_INFORMED);
        assertThat(remaining.<List<String>>path("items.rule")).containsExactly(NOT_INFORMED);
        assertThat(remaining.<String>path("items[0].detail")).startsWith("coaching");
        as(Roles.CASE_OWNER).get("/api/v1/professionals/" + owner + "/caseload").then()
                .body("items[0].stage", org.hamcrest.Matchers.oneOf("IN_COACHING", "ASSESSMENT_SCHEDULED"));
        as(Roles.CASE_OWNER).post(starts + "/" + UUID.randomUUID() + "/acknowledgement").then().statusCode(404);
    }

    /**
     * Seed 003 §4.2: "Ennen tuetun työhönvalmennuksen aloittamista asiakkaan aktivointisuunnitelma tuli päivittää",
     * and on a work trial "aktivointisuunnitelma tulee päivittää ja kirjata siihen työkokeilun kesto".
     */
    @Test
    void coachingAndAWorkTrialTheActivationPlanDoesNotRecordAreFlaggedUntilThePlanRecordsThem() {
        String owner = addProfessional("Suunnitteleva Sanna", "SOCIAL_WELFARE_OWN_WORKER", "759", 10);
        UUID clientId = registerClient(publisher, "759");
        awaitOwner(clientId, owner);
        LocalDate today = LocalDate.now();
        publisher.publish(Topics.ASSESSMENT, "assessment", "ActivationPlanUpdated", clientId, activationPlan(clientId,
                1, List.of(), List.of(Map.of("service", "REHABILITATIVE_WORK_ACTIVITY", "from", today.minusMonths(1)
                        .toString(), "until", today.plusMonths(5).toString(), "durationDays", 180))));
        String episodeId = UUID.randomUUID().toString();
        String jobId = UUID.randomUUID().toString();
        publisher.publish(Topics.COACHING, "coaching", "CoachingStarted", clientId, Map.of("clientId",
                clientId.toString(), "episodeId", episodeId, "providerId", UUID.randomUUID().toString(),
                "providerOrganisation", "2345678-0", "coachId", UUID.randomUUID().toString(),
                "startedAt", OffsetDateTime.now().toString()));
        publisher.publish(Topics.COACHING, "coaching", "JobStarted", clientId, Map.of("clientId", clientId.toString(),
                "episodeId", episodeId, "jobId", jobId, "providerId", UUID.randomUUID().toString(),
                "kind", "WORK_TRIAL", "openLabourMarket", true, "hoursPerWeek", 20, "startDate", today.toString(),
                "permanent", false));

        await().atMost(WAIT).untilAsserted(() -> assertThat(gaps("759", WITHOUT_PLAN).<List<String>>path(
                "items.detail")).containsExactlyInAnyOrder(
                        "supported employment coaching " + episodeId + " started on " + today
                                + ": the activation plan (version 1) does not record supported-employment coaching",
                        "work trial " + jobId + " started on " + today
                                + ": the activation plan (version 1) does not record a work trial"));
        assertThat(gaps("759", WITHOUT_PLAN).<List<String>>path("items.caseOwnerProfessionalId")).containsOnly(owner);

        publisher.publish(Topics.ASSESSMENT, "assessment", "ActivationPlanUpdated", clientId, activationPlan(clientId,
                2, List.of("SUPPORTED_EMPLOYMENT_COACHING"), List.of(Map.of("service", "WORK_TRIAL",
                        "from", today.toString(), "until", today.plusDays(59).toString(), "durationDays", 60))));
        await().atMost(WAIT).untilAsserted(() -> assertThat(gaps("759", WITHOUT_PLAN).<List<String>>path("items"))
                .isEmpty());
        // a late, older version does not bring the gap back
        publisher.publish(Topics.ASSESSMENT, "assessment", "ActivationPlanUpdated", clientId, activationPlan(clientId,
                1, List.of(), List.of()));
        publisher.publish(Topics.ASSESSMENT, "assessment", "AssessmentConcluded", clientId, Map.of("clientId",
                clientId.toString(), "assessmentId", UUID.randomUUID().toString(),
                "concludedAt", OffsetDateTime.now().toString()));
        await().atMost(WAIT).until(() -> "ASSESSMENT_CONCLUDED".equals(as(Roles.CASE_OWNER)
                .get("/api/v1/professionals/" + owner + "/caseload").then().extract().path("items[0].stage")));
        assertThat(gaps("759", WITHOUT_PLAN).<List<String>>path("items")).isEmpty();
    }

    private static final String WITHOUT_PLAN = "COACHING_WITHOUT_ACTIVATION_PLAN";

    private static Map<String, Object> activationPlan(UUID clientId, int version, List<String> possibilities,
            List<Map<String, Object>> services) {
        LocalDate today = LocalDate.now();
        return Map.of("clientId", clientId.toString(), "planId", UUID.nameUUIDFromBytes(clientId.toString()
                        .getBytes()).toString(), "version", version, "validFrom", today.minusMonths(1).toString(),
                "validUntil", today.plusMonths(6).toString(), "agreedPossibilities", possibilities,
                "services", services, "updatedAt", OffsetDateTime.now().toString());
    }

    @Test
    void aClosedClientshipWithAnOverdueFollowUpIsFlagged() throws Exception {
        String owner = addProfessional("Jälki Jaana", "SOCIAL_WELFARE_OWN_WORKER", "756", 10);
        UUID clientId = registerClient(publisher, "756");
        awaitOwner(clientId, owner);
        as(Roles.CASE_OWNER).body(Map.of("reason", "REHABILITATION")).post("/api/v1/clients/" + clientId + "/closure")
                .then().statusCode(200);
        assertThat(gaps("756").<List<String>>path("items.rule")).isEmpty();
        update("UPDATE follow_up SET due_date = current_date - 3 WHERE client_id = ?", clientId);

        var gaps = gaps("756");
        assertThat(gaps.<List<String>>path("items.rule")).containsExactly("FOLLOW_UP_OVERDUE");
        assertThat(gaps.<Integer>path("items[0].days")).isBetween(2, 3);
        var overdue = as(Roles.CASE_OWNER).queryParam("professionalId", owner).get("/api/v1/follow-ups").then()
                .statusCode(200).extract();
        assertThat(overdue.<List<Boolean>>path("items.overdue")).containsExactly(true);
    }

    private void update(String sql, UUID clientId) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, clientId);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
