package fi.polku.system;

import static fi.polku.system.SystemClients.call;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.system.PolkuService;

/** A work-ability team's assessment driven through the public APIs, as the system tests need one. */
final class TeamAssessments {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private TeamAssessments() {
    }

    /** Books the team in intake, holds the assessment and concludes it recommending coaching (an episode opens). */
    static String concludeWithCoaching(UUID client, String team) {
        return concludeWithCoaching(client, team, Map.of());
    }

    /**
     * The same, the client answering Kykyviisari (answers per item id of its definition, none when empty) while
     * the assessment is in progress.
     */
    static String concludeWithCoaching(UUID client, String team, Map<String, Integer> kykyviisari) {
        return conclude(client, team, coaching("2345678-0", Map.of()), kykyviisari);
    }

    /** The same, referring the client to the coaching provider of the business ID (the referral names it). */
    static String concludeWithCoachingBy(UUID client, String team, String providerOrganisation) {
        return conclude(client, team, coaching(providerOrganisation,
                Map.of("providerOrganisation", providerOrganisation)), Map.of());
    }

    /**
     * The same, the conclusion agreeing with the client on a case owner who is a professional of the case-owner
     * service's register ("asiakasvastaavasta sopiminen").
     */
    static String concludeAgreeingCaseOwner(UUID client, String team, String professionalId) {
        return conclude(client, team, coaching("2345678-0", Map.of()), Map.of(),
                Map.of("name", "Sovittu Asiakasvastaava", "organisation", "Päijät-Hämeen hyvinvointialue",
                        "role", "social welfare own worker", "professionalId", professionalId));
    }

    private static Map<String, Object> coaching(String responsibleOrganisation, Map<String, Object> more) {
        Map<String, Object> recommendation = new HashMap<>(more);
        recommendation.put("service", "SUPPORTED_EMPLOYMENT_COACHING");
        recommendation.put("responsibleOrganisation", responsibleOrganisation);
        recommendation.put("targetDate", LocalDate.now().plusWeeks(2).toString());
        return recommendation;
    }

    private static String conclude(UUID client, String team, Map<String, Object> recommendation,
            Map<String, Integer> kykyviisari) {
        return conclude(client, team, recommendation, kykyviisari, Map.of("name", "Omatyöntekijä Oksanen",
                "organisation", "Päijät-Hämeen hyvinvointialue", "role", "social welfare own worker"));
    }

    private static String conclude(UUID client, String team, Map<String, Object> recommendation,
            Map<String, Integer> kykyviisari, Map<String, Object> caseOwner) {
        call(PolkuService.INTAKE, Roles.INTAKE_WORKER)
                .body(Map.of("kind", "TEAM_APPOINTMENT", "teamId", team,
                        "appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString(),
                        "reason", "Partial work ability"))
                .post("/api/v1/clients/" + client + "/team-bookings").then().statusCode(201);
        String assessment = await().atMost(WAIT).until(() -> call(PolkuService.ASSESSMENT, Roles.TEAM_MEMBER)
                .queryParam("clientId", client.toString()).get("/api/v1/assessments").then().extract()
                .path("items[0].id"), id -> id != null);
        call(PolkuService.ASSESSMENT, Roles.TEAM_MEMBER).body(Map.of("status", "IN_PROGRESS"))
                .post("/api/v1/assessments/" + assessment + "/status-changes").then().statusCode(200);
        if (!kykyviisari.isEmpty()) {
            call(PolkuService.ASSESSMENT, Roles.TEAM_MEMBER)
                    .body(Map.of("instrument", "kykyviisari", "timePoint", LocalDate.now().toString(),
                            "answers", kykyviisari))
                    .post("/api/v1/assessments/" + assessment + "/instrument-responses").then().statusCode(201);
        }
        for (String profession : List.of("PHYSICIAN", "SOCIAL_WORKER")) {
            call(PolkuService.ASSESSMENT, Roles.TEAM_MEMBER).body(evaluation(profession))
                    .post("/api/v1/assessments/" + assessment + "/professional-evaluations").then().statusCode(201);
        }
        call(PolkuService.ASSESSMENT, Roles.TEAM_MEMBER)
                .body(Map.of("workAbilityEstimate", "PARTIALLY_ABLE_TO_WORK",
                        "agreedProfessions", List.of("PHYSICIAN", "SOCIAL_WORKER"),
                        "supportPlan", Map.of("goals", List.of("Töihin"),
                                "recommendations", List.of(recommendation),
                                "followUpDate", LocalDate.now().plusMonths(3).toString(),
                                "caseOwner", caseOwner)))
                .post("/api/v1/assessments/" + assessment + "/conclusion").then().statusCode(200);
        return assessment;
    }

    static Map<String, Object> member(String name, String profession) {
        return Map.of("name", name, "profession", profession, "organisation", "Päijät-Hämeen hyvinvointialue",
                "userId", CareRelationshipFixture.defaultSubject(Roles.TEAM_MEMBER));
    }

    private static Map<String, Object> evaluation(String profession) {
        return Map.of("profession", profession, "evaluatorName", "Arvioija " + profession,
                "physicalFunctioning", "No restrictions", "mentalFunctioning", "Stable with treatment",
                "cognitiveFunctioning", "No observed difficulties", "socialFunctioning", "Few contacts",
                "helpingFactors", "Motivation", "hinderingFactors", "Long absence from working life",
                "workAbilityView", "PARTIALLY_ABLE_TO_WORK", "evaluatedOn", LocalDate.now().toString());
    }
}
