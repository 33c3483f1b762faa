package fi.polku.system;

import static fi.polku.system.SystemClients.addProfessional;
import static fi.polku.system.SystemClients.bootstrapServers;
import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.clientRegistered;
import static fi.polku.system.SystemClients.count;
import static fi.polku.system.SystemClients.eventIdsByClient;
import static fi.polku.system.SystemClients.newIdentityCode;
import static fi.polku.system.SystemClients.registerClient;
import static fi.polku.system.SystemClients.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.KafkaBroker;
import fi.polku.testkit.system.PolkuService;
import fi.polku.testkit.system.PolkuSystem;

/** A service killed (SIGKILL) in the middle of its messaging loses no event and repeats no effect after restart. */
@ExtendWith(RunningSystem.class)
class ServiceCrashTest {

    private static final int BURST = 150;
    private static final Duration DELIVERY = Duration.ofSeconds(90);

    @Test
    void intakeKilledWithEventsInItsOutboxPublishesThemAfterRestartAndEachIsAppliedOnce() {
        PolkuSystem system = RunningSystem.system();
        KafkaBroker kafka = system.infrastructure().kafka();
        addProfessional("005", 50);
        List<UUID> clients = new ArrayList<>();
        List<String> outboxIds = new ArrayList<>();
        // with the broker away the committed outbox rows cannot be published before the kill
        kafka.stop();
        try {
            for (int i = 0; i < 3; i++) {
                UUID client = registerClient(newIdentityCode(new ArrayList<>()), "005");
                clients.add(client);
                outboxIds.add(unsentRegistrationRow(client));
            }
            system.kill(PolkuService.INTAKE);
        } finally {
            kafka.start();
            system.restart(PolkuService.INTAKE);
        }

        for (UUID client : clients) {
            await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    call(PolkuService.CASE_OWNER, Roles.COORDINATOR).get("/api/v1/clients/" + client + "/case-owner")
                            .then().statusCode(200).body("status", equalTo("ASSIGNED")));
        }
        Map<UUID, Set<String>> registrations = eventIdsByClient(Topics.INTAKE, "ClientRegistered", clients);
        Map<UUID, Set<String>> assignments = eventIdsByClient(Topics.CASE_OWNER, "CaseOwnerAssigned", clients);
        for (int i = 0; i < clients.size(); i++) {
            UUID client = clients.get(i);
            assertThat(registrations.get(client)).as("the event written before the crash, delivered")
                    .containsExactly(outboxIds.get(i));
            assertThat(count(PolkuService.CASE_OWNER, "SELECT count(*) FROM case_owner_change WHERE client_id = ?",
                    client)).isEqualTo(1);
            assertThat(assignments.get(client)).hasSize(1);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                count(PolkuService.INTAKE, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")).isZero());
    }

    @Test
    void caseOwnerKilledWhileConsumingABurstAssignsEveryClientExactlyOnceAfterRestart() {
        PolkuSystem system = RunningSystem.system();
        String owner = addProfessional("009", BURST);
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            eventIds.add(UUID.randomUUID().toString());
        }
        long assignedAtKill;
        try (EventPublisher publisher = new EventPublisher(bootstrapServers())) {
            CompletableFuture<Void> published = CompletableFuture.runAsync(() -> eventIds.forEach(eventId -> {
                UUID client = UUID.randomUUID();
                publisher.publishEnvelope(Topics.INTAKE, client, clientRegistered(eventId, client, "009"));
            }));
            await().atMost(DELIVERY).pollInterval(Duration.ofMillis(10)).until(() -> assignedTo(owner) > 0);
            system.kill(PolkuService.CASE_OWNER);
            assignedAtKill = assignedTo(owner);
            published.join();
        } finally {
            system.restart(PolkuService.CASE_OWNER);
        }
        assertThat(assignedAtKill).as("killed in the middle of the burst").isLessThan(BURST);

        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(assignedTo(owner)).isEqualTo(BURST));
        assertThat(count(PolkuService.CASE_OWNER,
                "SELECT count(DISTINCT client_id) FROM case_owner_change WHERE to_professional_id = ?::uuid", owner))
                .as("no client assigned twice").isEqualTo(BURST);
        assertThat(count(PolkuService.CASE_OWNER, "SELECT count(*) FROM processed_event "
                + "WHERE consumer = 'case-owner.intake-events' AND event_id = ANY (string_to_array(?, ','))",
                String.join(",", eventIds))).as("every event of the burst processed once").isEqualTo(BURST);
    }

    private static String unsentRegistrationRow(UUID client) {
        String sql = "FROM outbox_event WHERE aggregateid = ? AND type LIKE '%.ClientRegistered.%' AND sent_at IS NULL";
        assertThat(count(PolkuService.INTAKE, "SELECT count(*) " + sql, client.toString())).isEqualTo(1);
        return (String) single(PolkuService.INTAKE, "SELECT id::text " + sql, client.toString());
    }

    private static long assignedTo(String professional) {
        return count(PolkuService.CASE_OWNER,
                "SELECT count(*) FROM case_owner_change WHERE to_professional_id = ?::uuid", professional);
    }
}
