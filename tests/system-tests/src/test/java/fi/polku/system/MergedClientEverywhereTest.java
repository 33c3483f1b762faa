package fi.polku.system;

import static fi.polku.system.SystemClients.addProfessional;
import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.count;
import static fi.polku.system.SystemClients.registerClient;
import static fi.polku.system.TeamAssessments.concludeWithCoaching;
import static fi.polku.system.TeamAssessments.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.security.Roles;
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
}
