package fi.polku.system;

import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.count;
import static fi.polku.system.SystemClients.newIdentityCode;
import static fi.polku.system.SystemClients.registerClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.system.PolkuService;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Two callers update the same client with the same ETag at the same moment: one wins, the other gets 412. */
@ExtendWith(RunningSystem.class)
class ConcurrentClientUpdateTest {

    private static final int ROUNDS = 5;

    @Test
    void ofTwoSimultaneousUpdatesWithTheSameEtagExactlyOneWinsAndNoUpdateIsLost() throws Exception {
        UUID client = registerClient(newIdentityCode(new ArrayList<>()), "398");
        String path = "/api/v1/clients/" + client;
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                String etag = call(PolkuService.INTAKE, Roles.INTAKE_WORKER).get(path).then().statusCode(200)
                        .extract().header("ETag");
                Map<String, String> first = details("Ensimmäinen" + letter(round), "398", "fi");
                Map<String, String> second = details("Toinen" + letter(round), "091", "sv");
                CyclicBarrier bothReady = new CyclicBarrier(2);
                CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> put(path, etag, first, bothReady),
                        callers);
                CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> put(path, etag, second, bothReady),
                        callers);
                Response ofFirst = a.join();
                Response ofSecond = b.join();

                assertThat(List.of(ofFirst.statusCode(), ofSecond.statusCode()))
                        .as("round %d", round).containsExactlyInAnyOrder(200, 412);
                Response loser = ofFirst.statusCode() == 412 ? ofFirst : ofSecond;
                assertThat(loser.contentType()).startsWith("application/problem+json");
                assertThat(loser.jsonPath().getInt("status")).isEqualTo(412);
                Map<String, String> winner = ofFirst.statusCode() == 200 ? first : second;

                Response current = call(PolkuService.INTAKE, Roles.INTAKE_WORKER).get(path);
                assertThat(current.jsonPath().getString("firstName")).isEqualTo(winner.get("firstName"));
                assertThat(current.jsonPath().getString("municipalityCode")).isEqualTo(winner.get("municipalityCode"));
                assertThat(current.jsonPath().getString("preferredLanguage"))
                        .isEqualTo(winner.get("preferredLanguage"));
                assertThat(current.jsonPath().getLong("version")).as("one version step per round").isEqualTo(round);
                assertThat(current.header("ETag")).isEqualTo("\"" + round + "\"");
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(count(PolkuService.INTAKE, "SELECT count(*) FROM outbox_event WHERE aggregateid = ? "
                + "AND type LIKE '%.ClientDetailsChanged.%'", client.toString()))
                .as("one ClientDetailsChanged per winning update, none for the refused ones").isEqualTo(ROUNDS);
    }

    private static Response put(String path, String etag, Map<String, String> body, CyclicBarrier bothReady) {
        RequestSpecification request = call(PolkuService.INTAKE, Roles.INTAKE_WORKER).header("If-Match", etag)
                .body(body);
        try {
            bothReady.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return request.put(path);
    }

    private static Map<String, String> details(String firstName, String municipality, String language) {
        return Map.of("firstName", firstName, "lastName", "Asiakas", "municipalityCode", municipality,
                "preferredLanguage", language);
    }

    private static char letter(int round) {
        return (char) ('A' + round);
    }
}
