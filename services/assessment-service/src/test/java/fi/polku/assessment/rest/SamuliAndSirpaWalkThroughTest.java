package fi.polku.assessment.rest;

import static fi.polku.assessment.Fixtures.evaluate;
import static fi.polku.assessment.Fixtures.recommendation;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The client profiles of the Orimattila pilot (seed 003, KUVIO 1 and 2, and Sirpa's path): intake books the team,
 * the team finds the client partially able to work and plans rehabilitative work activity with supported-employment
 * coaching, the activation plan records it with the possibilities agreed in advance, and the social instructor draws
 * up the implementation plan with coaching on activity days.
 */
@QuarkusTest
class SamuliAndSirpaWalkThroughTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    record Profile(String name, String referral, List<String> professions, String goal, int activityDaysPerWeek,
            String place, List<String> implementationGoals) {
    }

    @Test
    void samuli() {
        walkThrough(new Profile("Samuli", "Mental-health challenges, now recovering; needs strong support in "
                + "clarifying career plans", List.of("PSYCHOLOGIST", "SOCIAL_WORKER"),
                "Toipumisen myötä toivon lisää liikuntaa arkeeni ja enemmän sosiaalisia suhteita", 3, "Työpaja",
                List.of("Kuntoutumisen tukeminen", "Sosiaalisten suhteiden lisääminen")));
    }

    @Test
    void sirpa() {
        UUID clientId = walkThrough(new Profile("Sirpa", "No work experience since 1993; work trials did not lead to "
                + "employment; wants to find a field of her own", List.of("SOCIAL_WORKER", "PHYSICIAN",
                        "JOB_COACH"), "Haluan työllistyä ja löytää oman alan", 4,
                "Työpaja (2 pv) ja terveysaseman kahvio, seinätön paja (2 pv)",
                List.of("Sosiaalisten suhteiden lisääminen", "Toimintakyvyn testaaminen")));

        // Sirpa moves on to a work trial: the activation plan is updated and records the trial's duration.
        String path = "/api/v1/clients/" + clientId + "/activation-plans";
        Map<String, Object> withTrial = new HashMap<>(activationPlan(List.of(
                PlansTest.service("REHABILITATIVE_WORK_ACTIVITY", TODAY.minusMonths(1), null, 1),
                PlansTest.service("SUPPORTED_EMPLOYMENT_COACHING", TODAY, TODAY.plusMonths(3), null),
                PlansTest.service("WORK_TRIAL", TODAY.plusDays(14), TODAY.plusDays(14 + 59), 3))));
        withTrial.put("changeReason", "Sirpa moves to a work trial; rehabilitative work activity 1 day a week");
        as(Roles.TEAM_MEMBER).header("If-Match", "\"1\"").body(withTrial).post(path).then().statusCode(201)
                .body("version", equalTo(2)).body("services[2].durationDays", equalTo(60));
        JsonNode update = EventLog.events(kafka, Topics.ASSESSMENT, e -> EventLog.ofType("ActivationPlanUpdated",
                clientId).test(e) && e.path("data").path("version").asInt() == 2, 1, WAIT).get(0);
        EventSchemas.assertValid(update);
        assertThat(update.path("data").path("services").get(2).path("durationDays").asInt()).isEqualTo(60);
    }

    private static Map<String, Object> activationPlan(List<Map<String, Object>> services) {
        return PlansTest.activationPlan(PlansTest.CLIENT_OWN_WORKER_COACH, services,
                List.of("SUPPORTED_EMPLOYMENT_COACHING", "WORK_TRIAL", "PAY_SUBSIDY", "OTHER_TE_SERVICES"));
    }

    private UUID walkThrough(Profile profile) {
        UUID clientId = Fixtures.registeredClient(kafka);
        String teamId = Fixtures.team("Orimattilan työkykytiimi (" + profile.name() + ")");

        // Intake books the work-ability team.
        UUID bookingId = UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publish(Topics.INTAKE, "intake", "WorkAbilityTeamBooked", clientId, Map.of(
                    "clientId", clientId.toString(), "bookingId", bookingId.toString(), "teamId", teamId,
                    "appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).toString(),
                    "reason", profile.referral(), "bookedAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        }
        await().atMost(WAIT).until(() -> !as(Roles.TEAM_MEMBER).queryParam("clientId", clientId)
                .get("/api/v1/assessments").jsonPath().getList("items").isEmpty());
        String id = as(Roles.TEAM_MEMBER).queryParam("clientId", clientId).get("/api/v1/assessments")
                .then().body("items[0].bookingId", equalTo(bookingId.toString())).extract().path("items[0].id");
        EventSchemas.assertValid(EventLog.event(kafka, Topics.ASSESSMENT, "AssessmentScheduled", clientId, WAIT));

        // The assessment: Kykyviisari before services, each profession's evaluation.
        Fixtures.start(id);
        as(Roles.TEAM_MEMBER).body(InstrumentResponsesTest.kykyviisari(TODAY.minusMonths(6), 3.5, 4))
                .post("/api/v1/assessments/" + id + "/instrument-responses").then().statusCode(201);
        profile.professions().forEach(profession -> evaluate(id, profession, "PARTIALLY_ABLE_TO_WORK"));

        // Partially able to work; support plan with rehabilitative work activity and coaching.
        Map<String, Object> coaching = recommendation("SUPPORTED_EMPLOYMENT_COACHING", "TE-palvelut",
                TODAY.plusMonths(1));
        coaching.put("justification", "Motivation and will to move on; rehabilitation has progressed as planned");
        as(Roles.TEAM_MEMBER).body(Map.of("workAbilityEstimate", "PARTIALLY_ABLE_TO_WORK",
                        "agreedProfessions", profile.professions(),
                        "supportPlan", Map.of("goals", List.of(profile.goal()),
                                "recommendations", List.of(recommendation("REHABILITATIVE_WORK_ACTIVITY",
                                        "Orimattilan kaupunki, sosiaalipalvelut", TODAY.plusWeeks(2)), coaching),
                                "followUpDate", TODAY.plusMonths(3).toString(),
                                "caseOwner", Map.of("name", "Oona Omatyöntekijä", "organisation",
                                        "Päijät-Hämeen hyvinvointialue", "role", "social welfare own worker"))))
                .post("/api/v1/assessments/" + id + "/conclusion").then().statusCode(200)
                .body("status", equalTo("CONCLUDED")).body("supportPlan.goals[0]", equalTo(profile.goal()));

        JsonNode concluded = EventLog.event(kafka, Topics.ASSESSMENT, "AssessmentConcluded", clientId, WAIT);
        EventSchemas.assertValid(concluded);
        assertThat(concluded.path("data").path("workAbilityEstimate").asText()).isEqualTo("PARTIALLY_ABLE_TO_WORK");
        assertThat(concluded.path("data").path("professions")).hasSize(profile.professions().size());
        JsonNode referral = EventLog.event(kafka, Topics.ASSESSMENT, "CoachingReferralIssued", clientId, WAIT);
        EventSchemas.assertValid(referral);
        assertThat(referral.path("data").path("assessmentId").asText()).isEqualTo(id);
        List<JsonNode> recommended = EventLog.events(kafka, Topics.ASSESSMENT,
                EventLog.ofType("ServiceRecommended", clientId), 2, WAIT);
        assertThat(recommended).extracting(e -> e.path("data").path("service").asText())
                .containsExactlyInAnyOrder("REHABILITATIVE_WORK_ACTIVITY", "SUPPORTED_EMPLOYMENT_COACHING");

        // The activation plan: client, own worker and own coach; possibilities agreed in advance.
        String planId = as(Roles.TEAM_MEMBER).body(activationPlan(List.of(
                        PlansTest.service("REHABILITATIVE_WORK_ACTIVITY", TODAY.minusMonths(1), null,
                                profile.activityDaysPerWeek()),
                        PlansTest.service("SUPPORTED_EMPLOYMENT_COACHING", TODAY, TODAY.plusMonths(3), null))))
                .post("/api/v1/clients/" + clientId + "/activation-plans").then().statusCode(201)
                .body("version", equalTo(1)).extract().path("planId");
        EventSchemas.assertValid(EventLog.event(kafka, Topics.ASSESSMENT, "ActivationPlanUpdated", clientId, WAIT));

        // The implementation plan with the social instructor: activity days, place, goals, coaching on those days.
        as(Roles.TEAM_MEMBER).body(Map.of("activationPlanId", planId, "place", profile.place(),
                        "activityDaysPerWeek", profile.activityDaysPerWeek(), "goals", profile.implementationGoals(),
                        "coachingOnActivityDays", true, "coachingSessionsPerWeek", 1,
                        "validFrom", TODAY.toString(), "drawnUpBy", "Sanna Sosiaaliohjaaja"))
                .post("/api/v1/clients/" + clientId + "/implementation-plans").then().statusCode(201)
                .body("activationPlanId", equalTo(planId)).body("coachingOnActivityDays", equalTo(true));
        JsonNode implementation = EventLog.event(kafka, Topics.ASSESSMENT, "ImplementationPlanUpdated", clientId,
                WAIT);
        EventSchemas.assertValid(implementation);
        assertThat(implementation.path("data").path("activityDaysPerWeek").asInt())
                .isEqualTo(profile.activityDaysPerWeek());

        // Kykyviisari after services shows the change; the case owner can read the plans.
        as(Roles.TEAM_MEMBER).body(InstrumentResponsesTest.kykyviisari(TODAY, 6.5, 7))
                .post("/api/v1/assessments/" + id + "/instrument-responses").then().statusCode(201);
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + clientId + "/instrument-trends").then().statusCode(200)
                .body("instruments[0].scales.find { it.scale == 'work-ability' }.change", greaterThan(0));
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + clientId + "/implementation-plans").then().statusCode(200)
                .body("items[0].place", equalTo(profile.place()));
        return clientId;
    }
}
