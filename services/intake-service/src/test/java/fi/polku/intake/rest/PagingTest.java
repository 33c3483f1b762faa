package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.contract.Paging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every list of intake pages the same way: a caller who walks it with a small limit while items are being added sees
 * every item exactly once, in the list's order, and the items added meanwhile too.
 */
@QuarkusTest
class PagingTest {

    private static final int LIMIT = 2;
    /** Akaa: no other test of this module registers clients there. */
    private static final String MUNICIPALITY = "020";

    static Stream<Arguments> clientRecordLists() {
        return Stream.of(
                Arguments.of("referrals", (Supplier<Map<String, Object>>) ReferralAndInterviewResourceTest::referral),
                Arguments.of("initial-interviews", (Supplier<Map<String, Object>>) PagingTest::interview),
                Arguments.of("screenings", (Supplier<Map<String, Object>>) ScreeningResourceTest::samuli),
                Arguments.of("team-bookings", (Supplier<Map<String, Object>>) () -> TeamBookingResourceTest
                        .appointment(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC).plusDays(7))),
                Arguments.of("consents", (Supplier<Map<String, Object>>) ConsentResourceTest::consent),
                Arguments.of("readiness-checklists",
                        (Supplier<Map<String, Object>>) ReadinessChecklistResourceTest::sirpa));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientRecordLists")
    void aClientsRecordsPageOldestFirstWhileMoreAreRecorded(String list, Supplier<Map<String, Object>> body) {
        UUID client = TestClients.register();
        String path = "/api/v1/clients/" + client + "/" + list;
        Supplier<String> record = () -> as(Roles.INTAKE_WORKER).body(body.get()).post(path)
                .then().statusCode(201).extract().path("id");
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i <= LIMIT; i++) {
            recorded.add(record.get());
        }

        List<String> seen = Paging.collect(cursor -> page(as(Roles.INTAKE_WORKER), path, cursor), "id",
                () -> recorded.add(record.get()));

        assertThat(recorded).hasSizeGreaterThan(LIMIT + 1);
        assertThat(seen).containsExactlyElementsOf(recorded);
    }

    @Test
    void theIntakeQueuePagesLongestWaitingFirstWhileClientsRegister() {
        List<String> registered = new ArrayList<>();
        for (int i = 0; i <= LIMIT; i++) {
            registered.add(TestClients.register(MUNICIPALITY).toString());
        }

        List<String> seen = Paging.collect(cursor -> page(as(Roles.COORDINATOR)
                        .queryParam("municipalityCode", MUNICIPALITY), "/api/v1/intake/queue", cursor), "clientId",
                () -> registered.add(TestClients.register(MUNICIPALITY).toString()));

        assertThat(registered).hasSizeGreaterThan(LIMIT + 1);
        assertThat(seen).containsExactlyElementsOf(registered);
    }

    @Test
    void duplicateCandidatesPageGroupByGroupWhileDuplicatesRegister() {
        String family = "Sivu" + UUID.randomUUID().toString().substring(0, 8);
        List<String> groups = new ArrayList<>();
        Runnable duplicatePair = () -> {
            String lastName = family + groups.size();
            LocalDate born = TestClients.randomBirthDate();
            TestClients.register(TestClients.code(born), "Pekka", lastName, "091");
            TestClients.register(TestClients.code(born), "Pekka", lastName, "091");
            groups.add(lastName);
        };
        for (int i = 0; i <= LIMIT; i++) {
            duplicatePair.run();
        }
        AtomicInteger pages = new AtomicInteger();

        List<String> seen = Paging.collect(
                cursor -> page(as(Roles.INTAKE_WORKER), "/api/v1/clients/duplicate-candidates", cursor), "lastName",
                () -> {
                    if (pages.incrementAndGet() == 1) {
                        duplicatePair.run();
                    }
                });

        assertThat(groups).hasSize(LIMIT + 2);
        assertThat(seen.stream().filter(lastName -> lastName.startsWith(family)).toList())
                .as("each group once, in the order its first member registered").containsExactlyElementsOf(groups);
    }

    @Test
    void theAccessLogPagesOldestFirstWhileTheClientIsAccessed() {
        UUID client = TestClients.register();
        for (int i = 0; i < LIMIT; i++) {
            as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client).then().statusCode(200);
        }
        String path = "/api/v1/clients/" + client + "/access-log";
        AtomicInteger pages = new AtomicInteger();

        // Each page read is logged too, so the accesses added between pages stop after two pages.
        List<String> seen = Paging.collect(cursor -> page(as(Roles.AUDITOR), path, cursor), "id", () -> {
            if (pages.incrementAndGet() <= 2) {
                as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client).then().statusCode(200);
            }
        });

        List<String> whole = as(Roles.AUDITOR).queryParam("limit", 200).get(path).then().statusCode(200)
                .body("next", equalTo(null)).extract().jsonPath().getList("items.id");
        assertThat(seen).hasSizeGreaterThan(LIMIT * 2).doesNotHaveDuplicates();
        assertThat(whole.subList(0, seen.size())).as("every entry, the ones added while paging too, in order")
                .containsExactlyElementsOf(seen);
        assertThat(whole).hasSize(seen.size() + 1);
    }

    @Test
    void aCursorOfAnotherListOrNoCursorAtAllIsABadRequestNamingIt() {
        UUID client = TestClients.register();
        String queueCursor = as(Roles.COORDINATOR).queryParam("limit", 1).get("/api/v1/intake/queue")
                .then().statusCode(200).extract().path("next");
        assertThat(queueCursor).isNotNull();
        as(Roles.INTAKE_WORKER).queryParam("cursor", queueCursor)
                .get("/api/v1/clients/" + client + "/initial-interviews").then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        as(Roles.INTAKE_WORKER).queryParam("cursor", "bm90LW91cnM")
                .get("/api/v1/clients/" + client + "/referrals").then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    private static Response page(RequestSpecification request, String path, String cursor) {
        request.queryParam("limit", LIMIT);
        return (cursor == null ? request : request.queryParam("cursor", cursor)).get(path);
    }

    private static Map<String, Object> interview() {
        return Map.of("interviewDate", LocalDate.now(ZoneId.of("Europe/Helsinki")).minusDays(1).toString(),
                "professionalName", "Olli Ohjaaja", "topics", List.of("SERVICE_GUIDANCE"),
                "summary", "Discussed the service package", "clientGoal", "Haluan töihin");
    }

    @AfterAll
    static void noIdentityCodeInTheLogs() {
        TestClients.assertNoIdentityCodeInTheLogs();
    }
}
