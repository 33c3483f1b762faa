package fi.polku.reporting.export;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.security.Roles;
import fi.polku.reporting.KnownEvents;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The export pages by a sequence-based cursor: facts recorded while a warehouse pages, here events published to
 * Kafka between page 1 and page 2, each appear exactly once across the pages, and none is lost.
 */
@QuarkusTest
class ExportPagingTest {

    private static final Duration RECORDED = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pseudonyms pseudonyms;

    @Test
    void factsRecordedBetweenPagesAppearExactlyOnceAndInOrder() {
        String start = ExportClient.end("ClientRegistered,CaseOwnerAssigned");
        List<UUID> before = clients(5);
        List<UUID> between = clients(5);
        publish(before);
        awaitExported(start, before);

        List<JsonNode> seen = new ArrayList<>();
        ExportClient.Page first = ExportClient.page(start, "ClientRegistered,CaseOwnerAssigned", 3);
        assertThat(first.facts()).hasSize(3);
        assertThat(first.next()).isNotNull();
        seen.addAll(first.facts());
        publish(between);
        awaitExported(start, between);
        String cursor = first.next();
        while (cursor != null) {
            ExportClient.Page page = ExportClient.page(cursor, "ClientRegistered,CaseOwnerAssigned", 3);
            seen.addAll(page.facts());
            cursor = page.next();
        }

        List<String> factIds = seen.stream().map(f -> f.get("factId").asText()).toList();
        assertThat(factIds).doesNotHaveDuplicates();
        List<String> expected = new ArrayList<>();
        before.forEach(c -> expected.add(pseudonyms.of(c.toString())));
        between.forEach(c -> expected.add(pseudonyms.of(c.toString())));
        List<String> registered = seen.stream().filter(f -> f.get("type").asText().equals("ClientRegistered"))
                .map(f -> f.get("client").asText()).filter(expected::contains).toList();
        List<String> assigned = seen.stream().filter(f -> f.get("type").asText().equals("CaseOwnerAssigned"))
                .map(f -> f.get("client").asText()).filter(expected::contains).toList();
        assertThat(registered).as("each client's registration exactly once").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(assigned).as("each client's case owner exactly once").containsExactlyInAnyOrderElementsOf(expected);
        // in the order recorded: what was recorded before page 1 comes before what was recorded after it
        int lastBefore = before.stream().mapToInt(c -> lastIndexOf(seen, pseudonyms.of(c.toString()))).max()
                .orElseThrow();
        int firstBetween = between.stream().mapToInt(c -> firstIndexOf(seen, pseudonyms.of(c.toString()))).min()
                .orElseThrow();
        assertThat(lastBefore).isLessThan(firstBetween);
    }

    @Test
    void theResumeCursorAfterTheLastPageGivesOnlyWhatIsRecordedLater() {
        String end = ExportClient.end("ClientRegistered");
        ExportClient.Page nothingNew = ExportClient.page(end, "ClientRegistered", 10);
        assertThat(nothingNew.next()).isNull();
        List<UUID> later = clients(2);
        publish(later);
        awaitExported(end, later);

        ExportClient.Page page = ExportClient.page(nothingNew.resume(), "ClientRegistered", 100);
        assertThat(page.facts()).extracting(f -> f.get("client").asText())
                .containsAll(later.stream().map(c -> pseudonyms.of(c.toString())).toList());
    }

    @Test
    void theJsonPageHasTheSameFactsAsTheNdjson() {
        String end = ExportClient.end("ClientRegistered");
        List<UUID> clients = clients(2);
        publish(clients);
        awaitExported(end, clients);

        ExportClient.Page ndjson = ExportClient.page(end, "ClientRegistered", 100);
        var json = as(Roles.ANALYST).queryParam("cursor", end).queryParam("types", "ClientRegistered")
                .queryParam("limit", 100).get("/api/v1/exports").then().statusCode(200)
                .header("Export-Cursor", ndjson.resume()).extract().jsonPath();
        assertThat(json.getList("items.factId"))
                .isEqualTo(ndjson.facts().stream().map(f -> f.get("factId").asText()).toList());
        assertThat(json.getString("next")).isNull();
        JsonNode registered = ndjson.facts().get(0);
        assertThat(registered.get("data").get("municipalityCode").asText()).isEqualTo("E01");
        assertThat(registered.get("client").asText()).matches("[0-9a-f]{32}");
    }

    static List<UUID> clients(int count) {
        return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
    }

    private void publish(List<UUID> clients) {
        KnownEvents events = new KnownEvents();
        clients.forEach(c -> events.registered(c, "E01", "2023-05-02T10:00:00+03:00")
                .ownerAssigned(c, "2023-05-03T10:00:00+03:00"));
        events.publish(kafka);
    }

    private void awaitExported(String from, List<UUID> clients) {
        List<String> expected = clients.stream().map(c -> pseudonyms.of(c.toString())).toList();
        for (String type : List.of("ClientRegistered", "CaseOwnerAssigned")) {
            await().atMost(RECORDED).untilAsserted(() -> {
                List<String> exported = new ArrayList<>();
                String cursor = from;
                while (cursor != null) {
                    ExportClient.Page page = ExportClient.page(cursor, type, 10_000);
                    page.facts().forEach(f -> exported.add(f.get("client").asText()));
                    cursor = page.next();
                }
                assertThat(exported).containsAll(expected);
            });
        }
    }

    private static int firstIndexOf(List<JsonNode> facts, String client) {
        return IntStream.range(0, facts.size()).filter(i -> facts.get(i).get("client").asText().equals(client))
                .findFirst().orElseThrow();
    }

    private static int lastIndexOf(List<JsonNode> facts, String client) {
        return IntStream.range(0, facts.size()).filter(i -> facts.get(i).get("client").asText().equals(client))
                .max().orElseThrow();
    }
}
