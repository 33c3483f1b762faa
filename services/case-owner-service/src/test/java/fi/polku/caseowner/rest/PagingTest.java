package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.WAIT;
import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.awaitOwner;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.contract.Paging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every growing list pages by a stable key: with items added between page requests, a caller following {@code next}
 * sees every item exactly once, in the list's order (new items that sort after the page they arrive at included).
 */
@QuarkusTest
class PagingTest {

    private static final int LIMIT = 2;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    EventPublisher publisher;

    @BeforeEach
    void connect() {
        publisher = new EventPublisher(kafka);
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    /** Pages of {@code limit} {@link #LIMIT} for the case owner whom every client of these tests is in care of. */
    private static Function<String, Response> pages(String path, Function<RequestSpecification, RequestSpecification> request) {
        return cursor -> {
            RequestSpecification spec = request.apply(as(Roles.CASE_OWNER)).queryParam("limit", LIMIT);
            return (cursor == null ? spec : spec.queryParam("cursor", cursor)).get(path);
        };
    }

    private static Function<String, Response> pages(String path) {
        return pages(path, Function.identity());
    }

    @Test
    void professionalsPageByName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= LIMIT + 1; i++) {
            expected.add(addProfessional("Sivu " + tag + " " + i, "SOCIAL_WELFARE_OWN_WORKER", "771", 5));
        }
        List<String> added = new ArrayList<>();
        List<String> seen = Paging.collect(pages("/api/v1/professionals"), "id", () -> {
            // Only while the walk is near the start, so the new names ("zz...") still lie ahead of the cursor.
            if (added.size() < 2) {
                added.add(addProfessional("zz Sivu " + tag + " " + added.size(), "SOCIAL_WELFARE_OWN_WORKER", "771",
                        5));
            }
        });
        expected.addAll(added);
        assertThat(added).hasSize(2);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen.stream().filter(expected::contains).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void aCaseloadPagesByAssignment() {
        String owner = addProfessional("Sivutettu Salla", "SOCIAL_WELFARE_OWN_WORKER", "772", 20);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i <= LIMIT; i++) {
            expected.add(ownedClient(owner, "772"));
        }
        List<String> seen = Paging.collect(pages("/api/v1/professionals/" + owner + "/caseload"), "clientId",
                () -> expected.add(ownedClient(owner, "772")));
        assertThat(expected).hasSizeGreaterThan(LIMIT + 1);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void theCaseOwnerHistoryPagesOldestFirst() {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            owners.add(addProfessional("Historia " + i, "SOCIAL_WELFARE_OWN_WORKER", "773", 20));
        }
        UUID clientId = registerClient(publisher, "773");
        // Nobody owns anyone yet, so the longest-serving professional gets the client.
        String first = owners.get(0);
        awaitOwner(clientId, first);
        List<String> expected = new ArrayList<>(List.of(first));
        List<String> others = new ArrayList<>(owners);
        others.remove(first);
        for (int i = 0; i < LIMIT; i++) {
            expected.add(reassign(clientId, others.remove(0)));
        }
        List<String> seen = Paging.collect(pages("/api/v1/clients/" + clientId + "/case-owner/history"),
                "toProfessionalId", () -> expected.add(reassign(clientId, others.remove(0))));
        assertThat(expected).hasSizeGreaterThan(LIMIT + 1);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void theCareNetworkPagesByFirstDay() {
        String owner = addProfessional("Verkko Sivu", "SOCIAL_WELFARE_OWN_WORKER", "774", 10);
        UUID clientId = registerClient(publisher, "774");
        awaitOwner(clientId, owner);
        String path = "/api/v1/clients/" + clientId + "/network";
        LocalDate day = LocalDate.of(2026, 1, 1);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i <= LIMIT; i++) {
            expected.add(member(path, "Jäsen " + i, day.plusDays(i)));
        }
        List<String> seen = Paging.collect(pages(path), "id",
                () -> expected.add(member(path, "Myöhempi " + expected.size(), day.plusDays(30 + expected.size()))));
        assertThat(expected).hasSizeGreaterThan(LIMIT + 1);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void serviceStartsPageByStart() {
        String owner = addProfessional("Alku Sivu", "SOCIAL_WELFARE_OWN_WORKER", "775", 10);
        UUID clientId = registerClient(publisher, "775");
        awaitOwner(clientId, owner);
        String path = "/api/v1/clients/" + clientId + "/service-starts";
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i <= LIMIT; i++) {
            expected.add(coachingStarted(clientId, path, start.plusHours(i)));
        }
        List<String> seen = Paging.collect(pages(path), "referenceId",
                () -> expected.add(coachingStarted(clientId, path, start.plusDays(1).plusHours(expected.size()))));
        assertThat(expected).hasSizeGreaterThan(LIMIT + 1);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void followUpsPageByDueDate() {
        String owner = addProfessional("Jälki Sivu", "SOCIAL_WELFARE_OWN_WORKER", "776", 10);
        List<Map.Entry<String, String>> dueAndId = new ArrayList<>();
        for (int months : new int[] {1, 1, 2}) {
            dueAndId.add(closed(owner, months));
        }
        dueAndId.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        List<String> expected = new ArrayList<>(dueAndId.stream().map(Map.Entry::getValue).toList());
        List<String> seen = Paging.collect(pages("/api/v1/follow-ups", request -> request
                        .queryParam("professionalId", owner)
                        .queryParam("dueBefore", LocalDate.now().plusMonths(4).toString())), "id",
                () -> expected.add(closed(owner, 3).getValue()));
        assertThat(expected).hasSize(LIMIT + 2);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void gapsPageLongestFirst() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i <= LIMIT; i++) {
            expected.add(queuedClient("777"));
        }
        List<String> seen = Paging.collect(pages("/api/v1/gaps", request -> request.queryParam("municipality", "777")
                .queryParam("rule", "NO_CASE_OWNER")), "clientId", () -> expected.add(queuedClient("777")));
        assertThat(expected).hasSizeGreaterThan(LIMIT + 1);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    private String ownedClient(String owner, String municipality) {
        UUID clientId = registerClient(publisher, municipality);
        awaitOwner(clientId, owner);
        return clientId.toString();
    }

    private String queuedClient(String municipality) {
        UUID clientId = registerClient(publisher, municipality);
        awaitOwner(clientId, null);
        return clientId.toString();
    }

    private static String reassign(UUID clientId, String to) {
        String path = "/api/v1/clients/" + clientId + "/case-owner";
        String etag = as(Roles.COORDINATOR).get(path).then().statusCode(200).extract().header("ETag");
        as(Roles.COORDINATOR).header("If-Match", etag)
                .body(Map.of("professionalId", to, "reason", "paging", "handoverNote", "Nothing new."))
                .put(path).then().statusCode(200);
        return to;
    }

    private static String member(String path, String name, LocalDate from) {
        return as(Roles.COORDINATOR).body(Map.of("name", name, "organisation", "Työpaja", "role", "OWN_COACH",
                "from", from.toString())).post(path).then().statusCode(201).extract().path("id");
    }

    /** Publishes a coaching start and waits until the client's starts include it; answers its episode id. */
    private String coachingStarted(UUID clientId, String path, OffsetDateTime at) {
        String episodeId = UUID.randomUUID().toString();
        publisher.publish(Topics.COACHING, "coaching", "CoachingStarted", clientId, Map.of("clientId",
                clientId.toString(), "episodeId", episodeId, "providerId", UUID.randomUUID().toString(),
                "providerOrganisation", "2345678-0", "coachId", UUID.randomUUID().toString(), "startedAt",
                at.toString()));
        await().atMost(WAIT).until(() -> as(Roles.CASE_OWNER).queryParam("limit", 200).get(path).then()
                .extract().<List<String>>path("items.referenceId").contains(episodeId));
        return episodeId;
    }

    /** Closes a new client of the owner with a follow-up in the months; answers the due date and follow-up id. */
    private Map.Entry<String, String> closed(String owner, int months) {
        UUID clientId = UUID.fromString(ownedClient(owner, "776"));
        var closure = as(Roles.CASE_OWNER).body(Map.of("reason", "STUDIES", "followUpInMonths", months))
                .post("/api/v1/clients/" + clientId + "/closure").then().statusCode(200).extract();
        return Map.entry(closure.<String>path("followUpDue"), closure.<String>path("followUpId"));
    }
}
