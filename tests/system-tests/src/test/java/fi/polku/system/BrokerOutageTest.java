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

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.KafkaBroker;
import fi.polku.testkit.system.PolkuService;

/** With the broker down, registrations still succeed; their events wait in the outbox and arrive exactly once. */
@ExtendWith(RunningSystem.class)
class BrokerOutageTest {

    @Test
    void eventsWaitInTheOutboxWhileKafkaIsDownAndAreDeliveredExactlyOnceAfterwards() {
        addProfessional("837", 50);
        KafkaBroker kafka = RunningSystem.system().infrastructure().kafka();
        List<UUID> clients = new ArrayList<>();
        kafka.stop();
        try {
            for (int i = 0; i < 3; i++) {
                clients.add(registerClient(newIdentityCode(new ArrayList<>()), "837"));
            }
            for (UUID client : clients) {
                assertThat(count(PolkuService.INTAKE, "SELECT count(*) FROM outbox_event WHERE aggregateid = ? "
                        + "AND type LIKE '%ClientRegistered%' AND sent_at IS NULL", client.toString())).isEqualTo(1);
            }
        } finally {
            kafka.start();
        }

        for (UUID client : clients) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    call(PolkuService.CASE_OWNER, Roles.CASE_OWNER).get("/api/v1/clients/" + client + "/case-owner")
                            .then().statusCode(200).body("status", equalTo("ASSIGNED")));
        }
        String bootstrap = kafka.bootstrapServers();
        for (UUID client : clients) {
            assertThat(count(PolkuService.CASE_OWNER,
                    "SELECT count(*) FROM case_owner_change WHERE client_id = ?", client)).isEqualTo(1);
            assertThat(distinctEventIds(bootstrap, Topics.INTAKE, "ClientRegistered", client)).isEqualTo(1);
            assertThat(distinctEventIds(bootstrap, Topics.CASE_OWNER, "CaseOwnerAssigned", client)).isEqualTo(1);
        }
        assertThat(count(PolkuService.INTAKE, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")).isZero();
    }

    /**
     * Delivery is at least once (a send that timed out may have reached the broker and is sent again), and
     * consumers drop repeats by event id; so each logical event, and each effect, exists exactly once.
     */
    private static long distinctEventIds(String bootstrap, String topic, String type, UUID client) {
        return EventLog.events(bootstrap, topic, EventLog.ofType(type, client), 2, Duration.ofSeconds(2)).stream()
                .map(event -> event.path("id").asText()).distinct().count();
    }
}
