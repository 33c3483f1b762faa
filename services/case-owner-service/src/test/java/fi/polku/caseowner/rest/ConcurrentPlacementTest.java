package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.WAIT;
import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.professional;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Placements in different municipalities run side by side (one consumer per partition, a lock per municipality)
 * and still keep the rules' guarantees: no caseload overfilled, also by a professional serving both municipalities,
 * and nobody left in the queue while a fitting professional has room, also when that room appears meanwhile.
 */
@QuarkusTest
class ConcurrentPlacementTest {

    private static final String WEST = "961";
    private static final String EAST = "962";
    private static final int CLIENTS_PER_MUNICIPALITY = 8;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String consumerGroup;

    @Inject
    AgroalDataSource dataSource;

    EventPublisher publisher;
    ExecutorService pool;

    @BeforeEach
    void connect() {
        publisher = new EventPublisher(kafka);
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterEach
    void disconnect() {
        pool.shutdownNow();
        publisher.close();
    }

    @Test
    void clientsOfTwoMunicipalitiesArePlacedConcurrentlyWithoutOverfillingOrLeavingAnyoneQueuedWhileThereIsRoom()
            throws Exception {
        String westOnly = addProfessional("Läntinen Liisa", "SOCIAL_WELFARE_OWN_WORKER", WEST, 4);
        String eastOnly = addProfessional("Itäinen Iiro", "SOCIAL_WELFARE_OWN_WORKER", EAST, 4);
        Map<String, Object> bothSides = professional("Molempien Maija", "SOCIAL_WELFARE_OWN_WORKER", WEST, 3);
        bothSides.put("municipalities", List.of(WEST, EAST));
        String both = addProfessional(bothSides);

        var west = CompletableFuture.supplyAsync(() -> register(WEST), pool);
        var east = CompletableFuture.supplyAsync(() -> register(EAST), pool);
        // Room appears while the placements run: clients queued in the east must get it.
        var lateComer = CompletableFuture.supplyAsync(
                () -> addProfessional("Myöhäinen Mikko", "SOCIAL_WELFARE_OWN_WORKER", EAST, 2), pool);
        List<UUID> clients = new ArrayList<>(west.get());
        clients.addAll(east.get());
        String late = lateComer.get();
        await().atMost(WAIT).until(() -> clients.stream().allMatch(client -> as(Roles.COORDINATOR)
                .get("/api/v1/clients/" + client + "/case-owner").statusCode() == 200));

        assertThat(intakeConsumers()).as("one consumer of intake's events per partition").hasSize(3);
        Map<String, Integer> capacity = Map.of(westOnly, 4, eastOnly, 4, both, 3, late, 2);
        capacity.forEach((professional, max) -> assertThat(openCaseload(professional))
                .as("open caseload of a professional with room for " + max).isLessThanOrEqualTo(max));
        Map<String, List<String>> serving = Map.of(WEST, List.of(westOnly, both), EAST, List.of(eastOnly, both, late));
        serving.forEach((municipality, professionals) -> {
            if (queued(municipality) > 0) {
                assertThat(professionals).as("professionals serving " + municipality + ", where clients are queued")
                        .allMatch(professional -> openCaseload(professional) == capacity.get(professional));
            }
        });
        long placed = capacity.keySet().stream().mapToLong(this::openCaseload).sum();
        assertThat(placed + queued(WEST) + queued(EAST)).isEqualTo(clients.size());
    }

    private List<UUID> register(String municipality) {
        return IntStream.range(0, CLIENTS_PER_MUNICIPALITY).mapToObj(i -> registerClient(publisher, municipality))
                .toList();
    }

    /** The members of the service's consumer group that read intake's events. */
    private List<MemberDescription> intakeConsumers() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (Admin admin = Admin.create(config)) {
            return admin.describeConsumerGroups(List.of(consumerGroup)).all().get().get(consumerGroup).members()
                    .stream()
                    .filter(member -> member.assignment().topicPartitions().stream()
                            .anyMatch(partition -> partition.topic().equals(Topics.INTAKE)))
                    .toList();
        }
    }

    private long openCaseload(String professionalId) {
        return count("""
                SELECT count(*) FROM case_owner_assignment a JOIN known_client c ON c.client_id = a.client_id
                WHERE c.clientship = 'OPEN' AND a.professional_id = CAST(? AS uuid)""", professionalId);
    }

    private long queued(String municipality) {
        return count("""
                SELECT count(*) FROM case_owner_assignment a JOIN known_client c ON c.client_id = a.client_id
                WHERE c.clientship = 'OPEN' AND a.professional_id IS NULL AND c.municipality_code = ?""",
                municipality);
    }

    private long count(String sql, String parameter) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            var result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
