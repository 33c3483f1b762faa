package fi.polku.system;

import static fi.polku.system.SystemClients.addProfessional;
import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.count;
import static fi.polku.system.SystemClients.eventIdsByClient;
import static fi.polku.system.SystemClients.newIdentityCode;
import static fi.polku.system.SystemClients.registerClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.KafkaBroker;
import fi.polku.testkit.system.PolkuService;

/**
 * With the broker down, registrations still succeed; their events wait in the outbox, and so do the events of
 * clients already on their way through the services. After the broker is back every event arrives and every effect
 * happens exactly once.
 */
@ExtendWith(RunningSystem.class)
class BrokerOutageTest {

    @Test
    void eventsWaitInTheOutboxWhileKafkaIsDownAndAreDeliveredExactlyOnceAfterwards() {
        addProfessional("837", 50);
        KafkaBroker kafka = RunningSystem.system().infrastructure().kafka();
        List<UUID> clients = new ArrayList<>();
        List<UUID> registeredDuringOutage = new ArrayList<>();
        // these two are still travelling through the services when the broker goes
        for (int i = 0; i < 2; i++) {
            clients.add(registerClient(newIdentityCode(new ArrayList<>()), "837"));
        }
        kafka.stop();
        try {
            for (int i = 0; i < 3; i++) {
                registeredDuringOutage.add(registerClient(newIdentityCode(new ArrayList<>()), "837"));
            }
            for (UUID client : registeredDuringOutage) {
                assertThat(count(PolkuService.INTAKE, "SELECT count(*) FROM outbox_event WHERE aggregateid = ? "
                        + "AND type LIKE '%ClientRegistered%' AND sent_at IS NULL", client.toString())).isEqualTo(1);
            }
        } finally {
            kafka.start();
        }
        clients.addAll(registeredDuringOutage);

        for (UUID client : clients) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    call(PolkuService.CASE_OWNER, Roles.COORDINATOR).get("/api/v1/clients/" + client + "/case-owner")
                            .then().statusCode(200).body("status", equalTo("ASSIGNED")));
        }
        Map<UUID, Set<String>> registrations = eventIdsByClient(Topics.INTAKE, "ClientRegistered", clients);
        Map<UUID, Set<String>> assignments = eventIdsByClient(Topics.CASE_OWNER, "CaseOwnerAssigned", clients);
        for (UUID client : clients) {
            assertThat(registrations.get(client)).hasSize(1);
            assertThat(assignments.get(client)).hasSize(1);
            assertThat(count(PolkuService.CASE_OWNER,
                    "SELECT count(*) FROM case_owner_change WHERE client_id = ?", client)).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (UUID client : clients) {
                assertThat(count(PolkuService.REPORTING, "SELECT count(*) FROM client_flow WHERE client_id = ? "
                        + "AND registered_at IS NOT NULL AND case_owner_assigned_at IS NOT NULL "
                        + "AND case_owner_changes = 0", client)).as("reporting counts client %s", client).isEqualTo(1);
                for (String event : Stream.concat(registrations.get(client).stream(),
                        assignments.get(client).stream()).toList()) {
                    assertThat(count(PolkuService.REPORTING, "SELECT count(*) FROM processed_event "
                            + "WHERE consumer = 'reporting.projections' AND event_id = ?", event))
                            .as("reporting applied event %s", event).isEqualTo(1);
                }
                assertThat(count(PolkuService.ASSESSMENT, "SELECT count(*) FROM known_client WHERE client_id = ?",
                        client)).isEqualTo(1);
                assertThat(count(PolkuService.COACHING, "SELECT count(*) FROM known_client WHERE client_id = ?",
                        client)).isEqualTo(1);
            }
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(count(PolkuService.INTAKE, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")).isZero();
            assertThat(count(PolkuService.CASE_OWNER, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL"))
                    .isZero();
        });
    }
}
