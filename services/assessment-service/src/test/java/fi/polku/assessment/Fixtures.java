package fi.polku.assessment;

import static fi.polku.testkit.Api.as;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.EventPublisher;

/** Builds the situations the tests start from, through the service's own API and intake's events. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Publishes intake's ClientRegistered and waits until this service knows the client. */
    public static UUID registeredClient(String kafka) {
        UUID clientId = UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publish(Topics.INTAKE, "intake", "ClientRegistered", clientId, Map.of(
                    "clientId", clientId.toString(), "municipalityCode", "532", "ageBand", "25-29",
                    "preferredLanguage", "fi", "temporaryIdentityCode", false,
                    "registeredAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        }
        CareRelationshipFixture.inCareOf(clientId, CareRelationshipFixture.defaultSubject(Roles.TEAM_MEMBER),
                CareRelationshipFixture.defaultSubject(Roles.CASE_OWNER));
        await().atMost(Duration.ofSeconds(30)).until(() -> as(Roles.TEAM_MEMBER)
                .get("/api/v1/clients/" + clientId + "/investigations").statusCode() == 200);
        return clientId;
    }

    public static Map<String, Object> member(String name, String profession) {
        return Map.of("name", name, "profession", profession, "organisation", "Päijät-Hämeen hyvinvointialue");
    }

    public static String team(String name) {
        return as(Roles.COORDINATOR).body(Map.of("name", name, "municipalityCode", "560", "area", "Orimattila",
                        "members", List.of(member("Lääkäri Laine", "PHYSICIAN"),
                                member("Sosiaalityöntekijä Saari", "SOCIAL_WORKER"),
                                member("Fysioterapeutti Forsman", "PHYSIOTHERAPIST"))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    /** An assessment created by a team member, already IN_PROGRESS. */
    public static String assessmentInProgress(UUID clientId, String teamId) {
        String id = as(Roles.TEAM_MEMBER).body(Map.of("clientId", clientId, "teamId", teamId,
                        "appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString(),
                        "reason", "Unclear overall situation, several unemployment periods"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        start(id);
        return id;
    }

    public static void start(String assessmentId) {
        as(Roles.TEAM_MEMBER).body(Map.of("status", "IN_PROGRESS"))
                .post("/api/v1/assessments/" + assessmentId + "/status-changes").then().statusCode(200);
    }

    public static Map<String, Object> evaluation(String profession, String view) {
        return Map.of("profession", profession, "evaluatorName", "Arvioija " + profession,
                "physicalFunctioning", "Walks and lifts without restrictions",
                "mentalFunctioning", "Anxiety and low mood earlier; now stable with treatment",
                "cognitiveFunctioning", "No observed difficulties",
                "socialFunctioning", "Few social contacts; wishes for more",
                "helpingFactors", "Motivation, vocational qualification, support of family",
                "hinderingFactors", "Long absence from working life",
                "workAbilityView", view, "evaluatedOn", LocalDate.now().toString());
    }

    public static void evaluate(String assessmentId, String profession, String view) {
        as(Roles.TEAM_MEMBER).body(evaluation(profession, view))
                .post("/api/v1/assessments/" + assessmentId + "/professional-evaluations").then().statusCode(201);
    }

    public static Map<String, Object> recommendation(String service, String organisation, LocalDate target) {
        Map<String, Object> recommendation = new HashMap<>();
        recommendation.put("service", service);
        recommendation.put("responsibleOrganisation", organisation);
        recommendation.put("targetDate", target.toString());
        return recommendation;
    }

    public static Map<String, Object> conclusion(String estimate, List<String> professions,
            List<Map<String, Object>> recommendations) {
        return Map.of("workAbilityEstimate", estimate, "agreedProfessions", professions,
                "supportPlan", Map.of(
                        "goals", List.of("Haluan lisää sosiaalisia suhteita ja selkeyttä urasuunnitelmiin"),
                        "recommendations", recommendations,
                        "followUpDate", LocalDate.now().plusMonths(3).toString(),
                        "caseOwner", Map.of("name", "Omatyöntekijä Oksanen", "organisation",
                                "Päijät-Hämeen hyvinvointialue", "role", "social welfare own worker")));
    }
}
