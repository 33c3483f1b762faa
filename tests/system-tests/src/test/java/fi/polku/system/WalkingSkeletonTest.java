package fi.polku.system;

import static fi.polku.system.SystemClients.addProfessional;
import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.count;
import static fi.polku.system.SystemClients.newIdentityCode;
import static fi.polku.system.SystemClients.registerClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.system.PolkuService;

/** The thinnest real path through the system: REST in intake, events through Kafka, effects in every service. */
@ExtendWith(RunningSystem.class)
class WalkingSkeletonTest {

    @Test
    void aClientRegisteredThroughRestGetsACaseOwnerAndIsCountedInReporting() {
        String owner = addProfessional("398", 50);
        List<UUID> clients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clients.add(registerClient(newIdentityCode(new ArrayList<>()), "398"));
        }

        for (UUID client : clients) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    call(PolkuService.CASE_OWNER, Roles.CASE_OWNER).get("/api/v1/clients/" + client + "/case-owner")
                            .then().statusCode(200).body("status", equalTo("ASSIGNED"))
                            .body("caseOwner.id", equalTo(owner)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (UUID client : clients) {
                assertThat(count(PolkuService.REPORTING, "SELECT count(*) FROM client_flow WHERE client_id = ? "
                        + "AND registered_at IS NOT NULL AND case_owner_assigned_at IS NOT NULL", client)).isEqualTo(1);
                assertThat(count(PolkuService.ASSESSMENT, "SELECT count(*) FROM known_client WHERE client_id = ?",
                        client)).isEqualTo(1);
                assertThat(count(PolkuService.COACHING, "SELECT count(*) FROM known_client WHERE client_id = ?",
                        client)).isEqualTo(1);
            }
        });
        // the parts of the total may be withheld (small-number suppression), the total of five or more is shown
        Integer registered = call(PolkuService.REPORTING, Roles.ANALYST).get("/api/v1/kpis").then().statusCode(200)
                .extract().path("clientsRegistered.value");
        assertThat(registered).isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyServiceIsReadyWithHealthAndMetrics() {
        for (PolkuService service : PolkuService.all()) {
            io.restassured.RestAssured.given().baseUri(RunningSystem.system().url(service))
                    .get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            String metrics = io.restassured.RestAssured.given().baseUri(RunningSystem.system().url(service))
                    .get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("polku_outbox_backlog");
        }
    }
}
