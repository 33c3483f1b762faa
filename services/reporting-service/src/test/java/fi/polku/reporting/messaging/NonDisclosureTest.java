package fi.polku.reporting.messaging;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Security issue item 15: while a non-disclosure order (turvakielto) holds, the municipality is withheld from every
 * report: "reports count such clients without their municipality".
 */
@QuarkusTest
class NonDisclosureTest {

    private static final String MUNICIPALITY = "N77";
    private static final String MONTH = "2025-05";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void clientsUnderAnOrderAreCountedWithoutTheirMunicipality() {
        List<UUID> clients = new ArrayList<>();
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            for (int i = 0; i < 6; i++) {
                UUID client = UUID.randomUUID();
                clients.add(client);
                publisher.publish(Topics.INTAKE, "intake", "ClientRegistered", client, Map.of("clientId",
                        client.toString(), "municipalityCode", MUNICIPALITY, "nonDisclosure", false, "ageBand",
                        "25-29", "preferredLanguage", "fi", "temporaryIdentityCode", false,
                        "registeredAt", MONTH + "-1" + i + "T10:00:00+03:00"));
            }
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(registered(MUNICIPALITY)).isEqualTo("6"));

        try (EventPublisher publisher = new EventPublisher(kafka)) {
            for (UUID client : clients) {
                publisher.publish(Topics.INTAKE, "intake", "ClientDetailsChanged", client, Map.of("clientId",
                        client.toString(), "nonDisclosure", true, "preferredLanguage", "fi",
                        "changedAt", "2025-06-01T10:00:00+03:00"));
            }
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(registered(MUNICIPALITY)).isEqualTo("none"));
        assertThat(Integer.parseInt(registered("unknown"))).isGreaterThanOrEqualTo(6);
    }

    @SuppressWarnings("unchecked")
    private static String registered(String municipality) {
        JsonPath report = as(Roles.ANALYST).get("/api/v1/reports/clients?year=2025").then().statusCode(200)
                .extract().jsonPath();
        List<String> columns = report.getList("registered.columns");
        List<Map<String, Object>> rows = report.getList("registered.rows");
        return rows.stream().filter(row -> municipality.equals(row.get("key"))).findFirst()
                .map(row -> ((List<Map<String, Object>>) row.get("cells")).get(columns.indexOf(MONTH)).get("display"))
                .map(Object::toString).orElse("none");
    }
}
