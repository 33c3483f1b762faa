package fi.polku.system;

import static fi.polku.system.SystemClients.addProfessional;
import static fi.polku.system.SystemClients.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.PostgresServer;
import fi.polku.testkit.TestIdentityCodes;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.system.PolkuService;

/**
 * PostgreSQL restarted while intake takes registrations from several callers: each request answers promptly,
 * either created or 503 problem+json; a refused registration leaves nothing behind, an accepted one has its event;
 * and the services recover without being restarted. The system runs one PostgreSQL server with a database per
 * service, so restarting it is what a restart of one service's PostgreSQL looks like to that service.
 */
@ExtendWith(RunningSystem.class)
class DatabaseRestartTest {

    private static final int CALLERS = 6;
    /** Far above the pool's acquisition timeout: a request that takes longer is hanging, not failing cleanly. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(20);
    private static final String MUNICIPALITY = "016";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private final AtomicBoolean loadRunning = new AtomicBoolean(true);

    @Test
    void requestsFailCleanlyDuringTheRestartNothingIsHalfWrittenAndTheServicesRecoverByThemselves() throws Exception {
        String owner = addProfessional(MUNICIPALITY, 500);
        PostgresServer postgres = RunningSystem.system().infrastructure().postgres();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            for (int i = 0; i < CALLERS; i++) {
                callers.submit(this::registerUntilStopped);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> created() >= CALLERS);
            postgres.stop();
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> unavailable() >= CALLERS);
            } finally {
                postgres.start();
            }
            long createdBeforeRecovery = created();
            await().atMost(Duration.ofSeconds(90)).until(() -> created() >= createdBeforeRecovery + CALLERS);
        } finally {
            loadRunning.set(false);
            callers.shutdown();
            assertThat(callers.awaitTermination(ANSWER_BOUND.toSeconds() * 2, TimeUnit.SECONDS)).isTrue();
        }

        for (Attempt attempt : attempts) {
            assertThat(attempt.took()).as("answered within the bound: %s", attempt).isLessThan(ANSWER_BOUND);
            if (attempt.status() == 503) {
                assertThat(attempt.contentType()).as("%s", attempt).startsWith("application/problem+json");
                assertThat(JSON.readTree(attempt.body()).path("status").asInt()).isEqualTo(503);
            } else {
                assertThat(attempt.status()).as("%s", attempt).isEqualTo(201);
            }
        }
        List<String> registered = attempts.stream().filter(a -> a.status() == 201)
                .map(DatabaseRestartTest::clientIdOf).toList();
        for (String client : registered) {
            assertThat(count(PolkuService.INTAKE, "SELECT count(*) FROM outbox_event WHERE aggregateid = ? "
                    + "AND type LIKE '%.ClientRegistered.%'", client)).as("the event of client %s", client)
                    .isEqualTo(1);
        }
        assertThat(count(PolkuService.INTAKE, "SELECT count(*) FROM client WHERE municipality_code = ?",
                MUNICIPALITY)).as("only the accepted registrations wrote a client").isEqualTo(registered.size());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(count(PolkuService.CASE_OWNER,
                        "SELECT count(*) FROM case_owner_change WHERE to_professional_id = ?::uuid", owner))
                        .as("case-owner recovered too: every registered client assigned once")
                        .isEqualTo(registered.size()));
    }

    private static String clientIdOf(Attempt created) {
        try {
            return JSON.readTree(created.body()).path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long created() {
        return attempts.stream().filter(a -> a.status() == 201).count();
    }

    private long unavailable() {
        return attempts.stream().filter(a -> a.status() == 503).count();
    }

    private void registerUntilStopped() {
        String token = Tokens.token(Roles.INTAKE_WORKER);
        URI clients = URI.create(RunningSystem.system().url(PolkuService.INTAKE) + "/api/v1/clients");
        while (loadRunning.get()) {
            Instant sent = Instant.now();
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(clients)
                        .timeout(ANSWER_BOUND.multipliedBy(2))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                                "identityCode", TestIdentityCodes.random(), "firstName", "Kuormitus",
                                "lastName", "Asiakas", "municipalityCode", MUNICIPALITY, "preferredLanguage", "fi"))))
                        .build(), HttpResponse.BodyHandlers.ofString());
                attempts.add(new Attempt(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""), response.body(),
                        Duration.between(sent, Instant.now())));
            } catch (IOException e) {
                attempts.add(new Attempt(-1, "", e.toString(), Duration.between(sent, Instant.now())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private record Attempt(int status, String contentType, String body, Duration took) {
    }
}
