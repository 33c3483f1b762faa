package fi.polku.reporting.export;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.security.Roles;
import fi.polku.reporting.KnownEvents;
import fi.polku.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A large export runs asynchronously, after FHIR Bulk Data: 202 with a status URL, 202 with progress while the
 * files are written, 200 with the result files (NDJSON), which hold every selected fact once and only the
 * requesting analyst may read.
 */
@QuarkusTest
class ExportJobTest {

    private static final String TYPES = "ClientRegistered";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pseudonyms pseudonyms;

    @Test
    void anExportRunsInTheBackgroundAndItsFilesHoldEverySelectedFactOnce() {
        String start = ExportClient.end(TYPES);
        List<UUID> clients = ExportPagingTest.clients(7);
        KnownEvents events = new KnownEvents();
        clients.forEach(c -> events.registered(c, "E02", "2023-06-02T10:00:00+03:00"));
        events.publish(kafka);
        List<String> expected = clients.stream().map(c -> pseudonyms.of(c.toString())).toList();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                ExportClient.page(start, TYPES, 10_000).facts()).extracting(f -> f.get("client").asText())
                .containsAll(expected));

        Response accepted = as(Roles.ANALYST, Tokens.DEFAULT_ORGANISATION, "export-analyst")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("cursor", start, "types", List.of(TYPES)))
                .post("/api/v1/exports");
        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(202);
        String status = accepted.header("Content-Location");
        assertThat(status).contains("/api/v1/exports/jobs/");
        assertThat(accepted.jsonPath().getLong("factsTotal")).isGreaterThanOrEqualTo(expected.size());

        JsonPath done = await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response polled = as(Roles.ANALYST, Tokens.DEFAULT_ORGANISATION, "export-analyst").get(status);
            assertThat(polled.statusCode()).isIn(200, 202);
            if (polled.statusCode() == 202) {
                assertThat(polled.header("X-Progress")).endsWith("%");
            }
            return polled.statusCode() == 200 ? polled.jsonPath() : null;
        }, result -> result != null);

        List<String> urls = done.getList("output.url");
        assertThat(urls).as("three facts a file in tests").hasSizeGreaterThanOrEqualTo(3);
        List<JsonNode> facts = new ArrayList<>();
        for (String url : urls) {
            String file = RestAssured.given().filter(ExportClient.NDJSON_VALIDATION)
                    .auth().oauth2(Tokens.token(Roles.ANALYST, Tokens.DEFAULT_ORGANISATION, "export-analyst"))
                    .accept(ExportClient.NDJSON).get(url).then().statusCode(200).contentType(ExportClient.NDJSON).extract().asString();
            facts.addAll(ExportClient.lines(file));
        }
        assertThat(facts).hasSize(done.getInt("factsTotal"));
        assertThat(facts).extracting(f -> f.get("factId").asText()).doesNotHaveDuplicates();
        assertThat(facts).extracting(f -> f.get("type").asText()).containsOnly(TYPES);
        assertThat(facts).extracting(f -> f.get("client").asText()).containsAll(expected);
        assertThat(done.getString("cursor")).isNotNull();
        assertThat(done.getString("expiresAt")).isNotNull();

        // only the requesting analyst: another analyst cannot tell the export exists
        as(Roles.ANALYST, Tokens.DEFAULT_ORGANISATION, "another-analyst").get(status).then().statusCode(404);
        as(Roles.ANALYST, Tokens.DEFAULT_ORGANISATION, "another-analyst").accept(ExportClient.NDJSON)
                .get(urls.get(0)).then().statusCode(404);
        as(Roles.CASE_OWNER).get(status).then().statusCode(403);

        as(Roles.ANALYST, Tokens.DEFAULT_ORGANISATION, "export-analyst").delete(status).then().statusCode(204);
        as(Roles.ANALYST, Tokens.DEFAULT_ORGANISATION, "export-analyst").get(status).then().statusCode(404);
    }

    @Test
    void aRepeatedRequestWithTheSameIdempotencyKeyStartsNoSecondExport() {
        String key = UUID.randomUUID().toString();
        String first = as(Roles.ANALYST).header("Idempotency-Key", key).body(Map.of("types", List.of(TYPES)))
                .post("/api/v1/exports").then().statusCode(202).extract().header("Content-Location");
        String again = as(Roles.ANALYST).header("Idempotency-Key", key).body(Map.of("types", List.of(TYPES)))
                .post("/api/v1/exports").then().statusCode(202).header("Idempotent-Replayed", "true")
                .extract().header("Content-Location");
        assertThat(again).isEqualTo(first);
    }
}
