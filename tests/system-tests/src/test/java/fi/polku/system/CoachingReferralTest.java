package fi.polku.system;

import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.count;
import static fi.polku.system.SystemClients.newIdentityCode;
import static fi.polku.system.SystemClients.registerClient;
import static fi.polku.system.TeamAssessments.concludeWithCoaching;
import static fi.polku.system.TeamAssessments.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.system.PolkuService;

/** A work-ability team that recommends supported-employment coaching opens a coaching episode through events. */
@ExtendWith(RunningSystem.class)
class CoachingReferralTest {

    @Test
    void aCoachingRecommendationReachesTheCoachingService() {
        UUID client = registerClient(newIdentityCode(new ArrayList<>()), "560");
        String team = call(PolkuService.ASSESSMENT, Roles.COORDINATOR)
                .body(Map.of("name", "Orimattilan työkykytiimi", "municipalityCode", "560", "area", "Orimattila",
                        "members", List.of(member("Lääkäri Laine", "PHYSICIAN"),
                                member("Sosiaalityöntekijä Saari", "SOCIAL_WORKER"))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
        String assessment = concludeWithCoaching(client, team);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(count(PolkuService.COACHING,
                "SELECT count(*) FROM episode WHERE client_id = ? AND assessment_id = ?", client,
                UUID.fromString(assessment))).isEqualTo(1));
    }
}
