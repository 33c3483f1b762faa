package fi.polku.assessment.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.assessment.Fixtures;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.contract.Paging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every list family pages by a stable key: a caller following {@code next} with a small limit sees every item once,
 * in the list's order, also when items are added while it pages.
 */
@QuarkusTest
class PagingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final OffsetDateTime BASE = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10)
            .truncatedTo(ChronoUnit.SECONDS);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static Response page(RequestSpecification request, String path, String cursor) {
        request.queryParam("limit", 2);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(path);
    }

    private static String schedule(UUID clientId, String teamId, OffsetDateTime appointmentAt) {
        return as(Roles.TEAM_MEMBER).body(Map.of("clientId", clientId, "teamId", teamId,
                        "appointmentAt", appointmentAt.toString(), "reason", "Paging"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    @Test
    void aClientsAssessmentsPageByAppointmentTimeWhileMoreAreScheduled() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String team = Fixtures.team("Sivutustiimi");
        List<String> expected = new ArrayList<>();
        // scheduled out of order: the list is by appointment time
        String third = schedule(clientId, team, BASE.plusHours(3));
        expected.add(schedule(clientId, team, BASE.plusHours(1)));
        expected.add(schedule(clientId, team, BASE.plusHours(2)));
        expected.add(third);
        List<Integer> added = new ArrayList<>();
        List<String> seen = Paging.collect(cursor -> page(as(Roles.TEAM_MEMBER).queryParam("clientId", clientId),
                "/api/v1/assessments", cursor), "id", () -> {
                    added.add(1);
                    expected.add(schedule(clientId, team, BASE.plusDays(added.size())));
                });

        assertThat(added).isNotEmpty();
        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
    }

    @Test
    void teamsPageByNameWhileMoreAreSetUp() {
        String municipality = String.valueOf(ThreadLocalRandom.current().nextInt(900, 1000));
        String prefix = "Sivu " + UUID.randomUUID() + " ";
        List<String> expected = new ArrayList<>();
        for (String name : List.of("A", "B", "C")) {
            expected.add(team(prefix + name, municipality));
        }
        List<String> later = new ArrayList<>(List.of("X", "Y", "Z"));
        List<String> seen = Paging.collect(cursor -> page(as(Roles.COORDINATOR)
                .queryParam("municipalityCode", municipality), "/api/v1/teams", cursor), "id", () -> {
                    if (!later.isEmpty()) {
                        expected.add(team(prefix + later.remove(0), municipality));
                    }
                });

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen.stream().filter(expected::contains).toList()).containsExactlyElementsOf(expected);
        assertThat(later).hasSizeLessThan(3);
    }

    private static String team(String name, String municipality) {
        return as(Roles.COORDINATOR).body(Map.of("name", name, "municipalityCode", municipality, "members",
                        List.of(Fixtures.member("Lääkäri Laine", "PHYSICIAN"))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    @Test
    void aClientsInvestigationsPageByRequestTimeWhileIntakeRequestsMore() {
        UUID clientId = Fixtures.registeredClient(kafka);
        requestInvestigations(clientId, BASE.minusDays(20), "A-1", "A-2", "A-3");
        awaitInvestigations(clientId, 3);
        List<String> added = new ArrayList<>();
        List<String> seen = Paging.collect(cursor -> page(as(Roles.TEAM_MEMBER),
                "/api/v1/clients/" + clientId + "/investigations", cursor), "investigation", () -> {
                    String name = "B-" + (added.size() + 1);
                    added.add(name);
                    requestInvestigations(clientId, BASE.minusDays(10 - added.size()), name);
                    awaitInvestigations(clientId, 3 + added.size());
                });

        List<String> expected = new ArrayList<>(List.of("A-1", "A-2", "A-3"));
        expected.addAll(added);
        assertThat(added).isNotEmpty();
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    private void requestInvestigations(UUID clientId, OffsetDateTime requestedAt, String... names) {
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publish(Topics.INTAKE, "intake", "FurtherInvestigationRequested", clientId, Map.of(
                    "clientId", clientId.toString(), "bookingId", UUID.randomUUID().toString(),
                    "investigations", Arrays.stream(names).map(name -> Map.of("investigation", name,
                            "responsible", "Health centre")).toList(),
                    "reason", "Paging", "requestedAt", requestedAt.toString()));
        }
    }

    private static void awaitInvestigations(UUID clientId, int count) {
        await().atMost(WAIT).until(() -> as(Roles.TEAM_MEMBER).queryParam("limit", 200)
                .get("/api/v1/clients/" + clientId + "/investigations").jsonPath().getList("items").size() == count);
    }

    @Test
    void planVersionsPageNewestFirstAndAVersionAddedMeanwhileComesFirst() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String activation = "/api/v1/clients/" + clientId + "/activation-plans";
        String implementation = "/api/v1/clients/" + clientId + "/implementation-plans";
        String planId = null;
        for (int version = 1; version <= 3; version++) {
            planId = as(Roles.TEAM_MEMBER).header("If-Match", "\"" + (version - 1) + "\"")
                    .body(PlansTest.activationPlan(PlansTest.CLIENT_OWN_WORKER_COACH, List.of(PlansTest.service(
                            "REHABILITATIVE_WORK_ACTIVITY", LocalDate.now().minusMonths(1), null, 4)), List.of()))
                    .post(activation).then().statusCode(201).body("version", equalTo(version)).extract()
                    .path("planId");
        }
        for (int version = 1; version <= 3; version++) {
            as(Roles.TEAM_MEMBER).header("If-Match", "\"" + (version - 1) + "\"")
                    .body(PlansTest.implementationPlan(planId, false)).post(implementation).then().statusCode(201);
        }
        String currentPlanId = planId;
        List<String> seen = Paging.collect(cursor -> page(as(Roles.CASE_OWNER), activation, cursor), "version",
                () -> as(Roles.TEAM_MEMBER).header("If-Match", "\"3\"")
                        .body(PlansTest.activationPlan(PlansTest.CLIENT_OWN_WORKER_COACH, List.of(PlansTest.service(
                                "REHABILITATIVE_WORK_ACTIVITY", LocalDate.now().minusMonths(1), null, 4)), List.of()))
                        .post(activation).then().statusCode(201).body("version", equalTo(4)));
        // the versions there were when paging began, each once and newest first; the new one heads the list now
        assertThat(seen).containsExactly("3", "2", "1");
        as(Roles.CASE_OWNER).queryParam("limit", 1).get(activation).then().statusCode(200)
                .header("ETag", "\"4\"").body("items[0].version", equalTo(4));

        List<String> implementationVersions = Paging.collect(cursor -> page(as(Roles.CASE_OWNER), implementation,
                cursor), "version", () -> as(Roles.TEAM_MEMBER).header("If-Match", "\"3\"")
                        .body(PlansTest.implementationPlan(currentPlanId, false)).post(implementation).then()
                        .statusCode(201).body("version", equalTo(4)));
        assertThat(implementationVersions).containsExactly("3", "2", "1");
        as(Roles.CASE_OWNER).get(implementation).then().statusCode(200).header("ETag", "\"4\"")
                .body("items.version", equalTo(List.of(4, 3, 2, 1)));
    }

    @Test
    void theInstrumentCataloguePagesByIdAndVersionAndACursorOfAnotherListIsRefused() {
        List<String> all = as(Roles.ANALYST).queryParam("limit", 200).get("/api/v1/instruments").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        List<String> seen = Paging.collect(cursor -> as(Roles.ANALYST).queryParam("limit", 1)
                .queryParams(cursor == null ? Map.<String, Object>of() : Map.<String, Object>of("cursor", cursor)).get("/api/v1/instruments"), "id",
                () -> { });
        assertThat(seen).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates().containsExactlyElementsOf(all)
                .isSorted();

        String instrumentsCursor = as(Roles.ANALYST).queryParam("limit", 1).get("/api/v1/instruments").then()
                .statusCode(200).extract().path("next");
        assertThat(instrumentsCursor).isNotNull();
        UUID clientId = Fixtures.registeredClient(kafka);
        as(Roles.TEAM_MEMBER).queryParam("cursor", instrumentsCursor)
                .get("/api/v1/clients/" + clientId + "/activation-plans").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("cursor"));
    }
}
