package fi.polku.reporting.messaging;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
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
 * The projections read events tolerantly (api-specs/events/README.md): an envelope with {@code dataschema} and
 * CloudEvents extension attributes, or without {@code dataschema} as older events are, and data with a field added
 * in a compatible version, are all applied.
 */
@QuarkusTest
class TolerantReadingTest {

    private static final String MUNICIPALITY = "T42";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void eventsWithExtensionAttributesUnknownFieldsOrNoDataschemaAreAllProjected() {
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            for (int i = 0; i < 6; i++) {
                UUID clientId = UUID.randomUUID();
                Map<String, Object> data = new HashMap<>(Map.of("clientId", clientId.toString(),
                        "municipalityCode", MUNICIPALITY, "ageBand", "25-29", "preferredLanguage", "fi",
                        "temporaryIdentityCode", false, "registeredAt", "2016-07-1" + i + "T10:00:00+03:00"));
                data.put("addedInACompatibleVersion", Map.of("anything", i));
                Map<String, Object> envelope = new HashMap<>(EventPublisher.envelope(UUID.randomUUID().toString(),
                        "intake", "ClientRegistered", clientId, data));
                if (i % 2 == 0) {
                    envelope.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
                    envelope.put("partitionkey", clientId.toString());
                } else {
                    envelope.remove("dataschema");
                }
                publisher.publishEnvelope(Topics.INTAKE, clientId, envelope);
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(registeredIn("2016-07")).isEqualTo("6"));
    }

    @SuppressWarnings("unchecked")
    private static String registeredIn(String month) {
        JsonPath report = as(Roles.ANALYST).get("/api/v1/reports/clients?year=2016").then().statusCode(200)
                .extract().jsonPath();
        List<String> columns = report.getList("registered.columns");
        List<Map<String, Object>> rows = report.getList("registered.rows");
        return rows.stream().filter(row -> MUNICIPALITY.equals(row.get("key"))).findFirst()
                .map(row -> ((List<Map<String, Object>>) row.get("cells")).get(columns.indexOf(month)).get("display"))
                .map(Object::toString).orElse("none");
    }
}
