package fi.polku.system;

import static fi.polku.system.SystemClients.addProfessional;
import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.count;
import static fi.polku.system.SystemClients.registerClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.TestIdentityCodes;
import fi.polku.testkit.system.PolkuService;

/**
 * Two registrations of one person, each with a case owner, a work-ability assessment and a coaching episode: after
 * intake merges them, case-owner, assessment and coaching know one client, the kept one, with all of it.
 */
@ExtendWith(RunningSystem.class)
class MergedClientEverywhereTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void mergedDuplicatesAreOneClientEverywhere() {
        String municipality = "560";
        addProfessional(municipality, 500);
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000));
        UUID kept = registerClient(TestIdentityCodes.of(born, 2 + ThreadLocalRandom.current().nextInt(400), '-'),
                municipality);
        UUID merged = registerClient(TestIdentityCodes.of(born, 500 + ThreadLocalRandom.current().nextInt(390), '-'),
                municipality);
        String team = team(municipality);
        String keptOwner = awaitCaseOwner(kept);
        awaitCaseOwner(merged);
        String keptAssessment = concludeWithCoaching(kept, team);
        String mergedAssessment = concludeWithCoaching(merged, team);
        await().atMost(WAIT).until(() -> episodes(kept) == 1 && episodes(merged) == 1);

        call(PolkuService.INTAKE, Roles.INTAKE_WORKER).body(Map.of("mergedClientId", merged.toString()))
                .post("/api/v1/clients/" + kept + "/merge").then().statusCode(200);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(assessments(kept)).containsExactlyInAnyOrder(keptAssessment, mergedAssessment);
            assertThat(episodes(kept)).isEqualTo(2);
            assertThat(episodes(merged)).isZero();
            assertThat(count(PolkuService.CASE_OWNER, "SELECT count(*) FROM known_client WHERE client_id = ?",
                    merged)).isZero();
        });
        call(PolkuService.CASE_OWNER, Roles.COORDINATOR).get("/api/v1/clients/" + merged + "/case-owner").then()
                .statusCode(404);
        assertThat(call(PolkuService.CASE_OWNER, Roles.COORDINATOR).get("/api/v1/clients/" + kept + "/case-owner")
                .then().statusCode(200).extract().<String>path("caseOwner.id")).isEqualTo(keptOwner);
        assertThat(count(PolkuService.ASSESSMENT, "SELECT count(*) FROM assessment WHERE client_id = ?", merged))
                .isZero();
        // the assessments' starts the case owner is to acknowledge are the kept client's now
        assertThat(count(PolkuService.CASE_OWNER, "SELECT count(*) FROM service_start WHERE client_id = ?", merged))
                .isZero();
        assertThat(count(PolkuService.CASE_OWNER, "SELECT count(*) FROM service_start WHERE client_id = ?", kept))
                .isGreaterThanOrEqualTo(2);
    }

    private static String awaitCaseOwner(UUID client) {
        return await().atMost(WAIT).until(() -> call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .get("/api/v1/clients/" + client + "/case-owner").then().extract().path("caseOwner.id"),
                id -> id != null);
    }

    private static long episodes(UUID client) {
        return count(PolkuService.COACHING, "SELECT count(*) FROM episode WHERE client_id = ?", client);
    }

    private static List<String> assessments(UUID client) {
        return call(PolkuService.ASSESSMENT, Roles.TEAM_MEMBER).queryParam("clientId", client.toString())
                .get("/api/v1/assessments").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static String team(String municipality) {
        return call(PolkuService.ASSESSMENT, Roles.COORDINATOR)
                .body(Map.of("name", "Yhdistämistiimi", "municipalityCode", municipality,
                        "members", List.of(member("Lääkäri Laine", "PHYSICIAN"),
                                member("Sosiaalityöntekijä Saari", "SOCIAL_WORKER"))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    /** Books the team in intake, holds the assessment and concludes it recommending coaching (an episode opens). */
    private static String concludeWithCoaching(UUID client, String team) {
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
        for (String profession : List.of("PHYSICIAN", "SOCIAL_WORKER")) {
            call(PolkuService.ASSESSMENT, Roles.TEAM_MEMBER).body(evaluation(profession))
                    .post("/api/v1/assessments/" + assessment + "/professional-evaluations").then().statusCode(201);
        }
        call(PolkuService.ASSESSMENT, Roles.TEAM_MEMBER)
                .body(Map.of("workAbilityEstimate", "PARTIALLY_ABLE_TO_WORK",
                        "agreedProfessions", List.of("PHYSICIAN", "SOCIAL_WORKER"),
                        "supportPlan", Map.of("goals", List.of("Töihin"),
                                "recommendations", List.of(Map.of("service", "SUPPORTED_EMPLOYMENT_COACHING",
                                        "responsibleOrganisation", "2345678-0",
                                        "targetDate", LocalDate.now().plusWeeks(2).toString())),
                                "followUpDate", LocalDate.now().plusMonths(3).toString(),
                                "caseOwner", Map.of("name", "Omatyöntekijä Oksanen",
                                        "organisation", "Päijät-Hämeen hyvinvointialue",
                                        "role", "social welfare own worker"))))
                .post("/api/v1/assessments/" + assessment + "/conclusion").then().statusCode(200);
        return assessment;
    }

    private static Map<String, Object> member(String name, String profession) {
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
