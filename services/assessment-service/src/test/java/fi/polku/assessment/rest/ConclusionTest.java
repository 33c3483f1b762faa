package fi.polku.assessment.rest;

import static fi.polku.assessment.Fixtures.conclusion;
import static fi.polku.assessment.Fixtures.evaluate;
import static fi.polku.assessment.Fixtures.recommendation;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

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
class ConclusionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate TARGET = LocalDate.now().plusMonths(1);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aConclusionAgreedByOneProfessionIsRejectedAndChangesNothing() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String id = Fixtures.assessmentInProgress(clientId, Fixtures.team("Yksi ammatti"));
        evaluate(id, "PHYSICIAN", "PARTIALLY_ABLE_TO_WORK");

        as(Roles.TEAM_MEMBER).body(conclusion("PARTIALLY_ABLE_TO_WORK", List.of("PHYSICIAN"), List.of()))
                .post("/api/v1/assessments/" + id + "/conclusion").then().statusCode(422)
                .contentType("application/problem+json").body("violations[0].field", equalTo("agreedProfessions"));
        as(Roles.TEAM_MEMBER).body(conclusion("PARTIALLY_ABLE_TO_WORK", List.of("PHYSICIAN", "PSYCHOLOGIST"),
                        List.of())).post("/api/v1/assessments/" + id + "/conclusion").then().statusCode(422)
                .body("violations[0].message", startsWith("PSYCHOLOGIST has not recorded"));
        as(Roles.TEAM_MEMBER).get("/api/v1/assessments/" + id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("workAbilityEstimate", equalTo(null));
        assertThat(EventLog.events(kafka, Topics.ASSESSMENT, EventLog.ofType("AssessmentConcluded", clientId), 1,
                Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aMultiProfessionalConclusionEmitsTheEstimateEachRecommendationAndTheCoachingReferral() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String id = Fixtures.assessmentInProgress(clientId, Fixtures.team("Moniammatillinen"));
        evaluate(id, "PHYSICIAN", "PARTIALLY_ABLE_TO_WORK");
        evaluate(id, "SOCIAL_WORKER", "PARTIALLY_ABLE_TO_WORK");
        as(Roles.TEAM_MEMBER).get("/api/v1/assessments/" + id).then().body("evaluations", hasSize(2));
        Map<String, Object> coaching = recommendation("SUPPORTED_EMPLOYMENT_COACHING", "TE-palvelut", TARGET);
        coaching.put("providerOrganisation", "2345678-0");
        coaching.put("justification", "Motivated, wants to find a field of her own");

        as(Roles.TEAM_MEMBER).body(conclusion("PARTIALLY_ABLE_TO_WORK", List.of("SOCIAL_WORKER", "PHYSICIAN"),
                        List.of(recommendation("REHABILITATIVE_WORK_ACTIVITY", "Orimattilan kaupunki", TARGET),
                                coaching)))
                .post("/api/v1/assessments/" + id + "/conclusion").then().statusCode(200)
                .body("status", equalTo("CONCLUDED")).body("workAbilityEstimate", equalTo("PARTIALLY_ABLE_TO_WORK"))
                .body("supportPlan.recommendations", hasSize(2))
                .body("supportPlan.caseOwner.name", equalTo("Omatyöntekijä Oksanen"));

        JsonNode concluded = EventLog.event(kafka, Topics.ASSESSMENT, "AssessmentConcluded", clientId, WAIT);
        EventSchemas.assertValid(concluded);
        assertThat(concluded.path("data").path("workAbilityEstimate").asText()).isEqualTo("PARTIALLY_ABLE_TO_WORK");
        assertThat(concluded.path("data").path("professions").toString()).contains("PHYSICIAN", "SOCIAL_WORKER");
        List<JsonNode> recommended = EventLog.events(kafka, Topics.ASSESSMENT,
                EventLog.ofType("ServiceRecommended", clientId), 2, WAIT);
        assertThat(recommended).hasSize(2);
        recommended.forEach(EventSchemas::assertValid);
        assertThat(recommended).extracting(e -> e.path("data").path("service").asText())
                .containsExactlyInAnyOrder("REHABILITATIVE_WORK_ACTIVITY", "SUPPORTED_EMPLOYMENT_COACHING");
        JsonNode referral = EventLog.event(kafka, Topics.ASSESSMENT, "CoachingReferralIssued", clientId, WAIT);
        EventSchemas.assertValid(referral);
        assertThat(referral.path("data").path("assessmentId").asText()).isEqualTo(id);
        assertThat(referral.path("data").path("providerOrganisation").asText()).isEqualTo("2345678-0");
        assertThat(referral.path("type").asText()).isEqualTo("fi.polku.assessment.CoachingReferralIssued.v2");
        assertThat(referral.path("data").has("reason")).as("the justification stays in the support plan").isFalse();
        assertThat(referral.toString()).doesNotContain("Motivated");
        assertThat(recommended).anySatisfy(r -> assertThat(r.path("data").path("recommendationId").asText())
                .isEqualTo(referral.path("data").path("referralId").asText()));

        as(Roles.TEAM_MEMBER).body(conclusion("ABLE_TO_WORK", List.of("SOCIAL_WORKER", "PHYSICIAN"), List.of()))
                .post("/api/v1/assessments/" + id + "/conclusion").then().statusCode(422);
    }

    /**
     * "asiakasvastaavasta sopiminen" (004, among the results of the work-ability support survey): the conclusion
     * records the agreed case owner, by the case-owner service's professional id when the person is one, and tells
     * the case-owner service (CaseOwnerAgreed) without the person's name or role.
     */
    @Test
    void theConclusionRecordsTheAgreedCaseOwnerAndTellsTheCaseOwnerService() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String id = Fixtures.assessmentInProgress(clientId, Fixtures.team("Sopiva tiimi"));
        evaluate(id, "PHYSICIAN", "PARTIALLY_ABLE_TO_WORK");
        evaluate(id, "SOCIAL_WORKER", "PARTIALLY_ABLE_TO_WORK");
        String professionalId = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>(conclusion("PARTIALLY_ABLE_TO_WORK",
                List.of("SOCIAL_WORKER", "PHYSICIAN"), List.of()));
        body.put("supportPlan", Map.of("goals", List.of("Töihin"), "recommendations", List.of(),
                "followUpDate", TARGET.toString(), "caseOwner", Map.of("name", "Omatyöntekijä Oksanen",
                        "organisation", "Päijät-Hämeen hyvinvointialue", "role", "social welfare own worker",
                        "professionalId", professionalId)));

        as(Roles.TEAM_MEMBER).body(body).post("/api/v1/assessments/" + id + "/conclusion").then().statusCode(200)
                .body("supportPlan.caseOwner.professionalId", equalTo(professionalId));
        as(Roles.TEAM_MEMBER).get("/api/v1/assessments/" + id).then().statusCode(200)
                .body("supportPlan.caseOwner.professionalId", equalTo(professionalId))
                .body("supportPlan.caseOwner.name", equalTo("Omatyöntekijä Oksanen"));

        JsonNode agreed = EventLog.event(kafka, Topics.ASSESSMENT, "CaseOwnerAgreed", clientId, WAIT);
        EventSchemas.assertValid(agreed);
        assertThat(agreed.path("data").path("assessmentId").asText()).isEqualTo(id);
        assertThat(agreed.path("data").path("professionalId").asText()).isEqualTo(professionalId);
        assertThat(agreed.toString()).doesNotContain("Oksanen", "social welfare own worker");
    }

    @Test
    void aConclusionNamingNoProfessionalIdSaysSoInTheEvent() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String id = Fixtures.assessmentInProgress(clientId, Fixtures.team("Nimetön tiimi"));
        evaluate(id, "PHYSICIAN", "ABLE_TO_WORK");
        evaluate(id, "SOCIAL_WORKER", "ABLE_TO_WORK");
        as(Roles.TEAM_MEMBER).body(conclusion("ABLE_TO_WORK", List.of("SOCIAL_WORKER", "PHYSICIAN"), List.of()))
                .post("/api/v1/assessments/" + id + "/conclusion").then().statusCode(200)
                .body("supportPlan.caseOwner.professionalId", nullValue());
        JsonNode agreed = EventLog.event(kafka, Topics.ASSESSMENT, "CaseOwnerAgreed", clientId, WAIT);
        EventSchemas.assertValid(agreed);
        assertThat(agreed.path("data").path("professionalId").isNull()).isTrue();
    }

    @Test
    void aConclusionWithoutCoachingIssuesNoReferralAndBadPlansAreRejected() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String id = Fixtures.assessmentInProgress(clientId, Fixtures.team("Ilman valmennusta"));
        evaluate(id, "PSYCHOLOGIST", "TEMPORARILY_UNABLE_TO_WORK");
        evaluate(id, "PHYSIOTHERAPIST", "TEMPORARILY_UNABLE_TO_WORK");

        as(Roles.TEAM_MEMBER).body(Map.of("workAbilityEstimate", "FINE", "agreedProfessions", List.of(),
                        "supportPlan", Map.of()))
                .post("/api/v1/assessments/" + id + "/conclusion").then().statusCode(400)
                .body("violations[0].field", equalTo("workAbilityEstimate"));
        as(Roles.TEAM_MEMBER).body(Map.of("workAbilityEstimate", "ABLE_TO_WORK",
                        "agreedProfessions", List.of("PSYCHOLOGIST", "PHYSIOTHERAPIST"),
                        "supportPlan", Map.of("goals", List.of(), "recommendations", List.of(Map.of(
                                "service", "SICKNESS_ALLOWANCE", "responsibleOrganisation", "")),
                                "caseOwner", Map.of("name", "N", "organisation", "O", "role", "R"))))
                .post("/api/v1/assessments/" + id + "/conclusion").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("supportPlan.goals",
                        "supportPlan.followUpDate", "supportPlan.recommendations[0].responsibleOrganisation",
                        "supportPlan.recommendations[0].targetDate"));

        as(Roles.TEAM_MEMBER).body(conclusion("TEMPORARILY_UNABLE_TO_WORK", List.of("PSYCHOLOGIST",
                        "PHYSIOTHERAPIST"), List.of(recommendation("SICKNESS_ALLOWANCE", "Kela", TARGET),
                                recommendation("MEDICAL_REHABILITATION", "Kela", TARGET))))
                .post("/api/v1/assessments/" + id + "/conclusion").then().statusCode(200);
        assertThat(EventLog.events(kafka, Topics.ASSESSMENT, EventLog.ofType("ServiceRecommended", clientId), 2,
                WAIT)).hasSize(2);
        assertThat(EventLog.events(kafka, Topics.ASSESSMENT, EventLog.ofType("CoachingReferralIssued", clientId), 1,
                Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void findingsNeedAnAssessmentInProgressAndConsultationsKeepQuestionAnswerAndDates() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String teamId = Fixtures.team("Konsultoiva tiimi");
        String scheduled = as(Roles.TEAM_MEMBER).body(Map.of("clientId", clientId, "teamId", teamId,
                        "appointmentAt", java.time.OffsetDateTime.now().plusDays(4).toString(), "reason", "r"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        as(Roles.TEAM_MEMBER).body(Fixtures.evaluation("PHYSICIAN", "ABLE_TO_WORK"))
                .post("/api/v1/assessments/" + scheduled + "/professional-evaluations").then().statusCode(422);
        Fixtures.start(scheduled);
        as(Roles.TEAM_MEMBER).body(Map.of("profession", "PHYSICIAN"))
                .post("/api/v1/assessments/" + scheduled + "/professional-evaluations").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("evaluatorName", "helpingFactors",
                        "workAbilityView"));

        LocalDate asked = LocalDate.now().minusDays(20);
        Map<String, Object> consultation = Map.of("consultedUnit", "Kuntoutustutkimusyksikkö (erikoissairaanhoito)",
                "question", "Is a rehabilitation research period indicated?", "askedOn", asked.toString(),
                "answer", "Yes, a two-week outpatient period", "answeredOn", asked.plusDays(10).toString());
        as(Roles.TEAM_MEMBER).body(consultation).post("/api/v1/assessments/" + scheduled + "/consultations").then()
                .statusCode(201).body("answeredOn", equalTo(asked.plusDays(10).toString()));
        as(Roles.TEAM_MEMBER).body(Map.of("consultedUnit", "Unit", "question", "Q", "askedOn", asked.toString(),
                        "answer", "A", "answeredOn", asked.minusDays(1).toString()))
                .post("/api/v1/assessments/" + scheduled + "/consultations").then().statusCode(400)
                .body("violations[0].field", equalTo("answeredOn"));
        as(Roles.CASE_OWNER).get("/api/v1/assessments/" + scheduled).then().statusCode(200)
                .body("consultations", hasSize(1)).body("consultations[0].answer",
                        equalTo("Yes, a two-week outpatient period"));
        as(Roles.JOB_COACH).get("/api/v1/assessments/" + scheduled).then().statusCode(403);
    }
}
