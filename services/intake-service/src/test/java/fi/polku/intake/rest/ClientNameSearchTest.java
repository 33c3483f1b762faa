package fi.polku.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Api;
import fi.polku.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 15: "a search by name and birth date for intake workers (to find an existing client and avoid duplicates)
 * that answers only what the caller may see, is logged, and does not by itself create access".
 */
@QuarkusTest
class ClientNameSearchTest {

    private static final String SEARCH = "/api/v1/clients/search-by-name";
    /** {@code polku.intake.lookup.limit}'s default, shared with the lookups by identity code. */
    private static final int LOOKUP_LIMIT = 30;

    @Test
    void findsTheActiveClientsOfTheNameAndBirthDateByIdOnlyAndOpensNothing() {
        LocalDate birthDate = TestClients.randomBirthDate();
        String lastName = "Nimihaku" + UUID.randomUUID().toString().substring(0, 8);
        UUID first = TestClients.register(TestClients.code(birthDate), "Sirpa", lastName, "091");
        UUID second = TestClients.register(TestClients.code(birthDate), "Sirpa", lastName, "049");
        TestClients.register(TestClients.code(birthDate), "Sirkka", lastName, "091");
        String searcher = "front-desk-" + UUID.randomUUID();

        JsonPath answer = Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, searcher)
                .body(Map.of("firstName", "sirpa", "lastName", lastName.toUpperCase(), "birthDate",
                        birthDate.toString()))
                .post(SEARCH).then().statusCode(200).extract().jsonPath();

        assertThat(answer.<String>getList("items.clientId")).containsExactly(first.toString(), second.toString());
        assertThat(answer.<String>getList("items.municipalityCode")).containsExactly("091", "049");
        assertThat(answer.getString("items[0].registeredOn")).isEqualTo(LocalDate.now(ZoneId.of("Europe/Helsinki"))
                .toString());
        assertThat(answer.getMap("items[0]")).containsOnlyKeys("clientId", "municipalityCode", "registeredOn",
                "temporaryIdentityCode");
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, searcher).get("/api/v1/clients/" + first)
                .then().statusCode(403);

        List<Map<String, Object>> logged = Api.as(Roles.AUDITOR).queryParam("limit", 200)
                .get("/api/v1/identity-lookups").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.actorSubject == '" + searcher + "' }");
        assertThat(logged).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("lookedUpBy", "NAME_AND_BIRTH_DATE").containsEntry("outcome", "FOUND")
                .containsEntry("matches", 2).containsEntry("clientId", null));
        assertThat(logged.toString()).doesNotContain(lastName).doesNotContain(birthDate.toString());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.as(Roles.AUDITOR)
                .queryParam("limit", 200).get("/api/v1/clients/" + second + "/access-log").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items"))
                .anySatisfy(entry -> assertThat(entry).containsEntry("actorSubject", searcher)
                        .containsEntry("action", "found the client by name and birth date")
                        .containsEntry("basis", "IDENTIFICATION")));
    }

    @Test
    void aMissIsLoggedTooAndOnlyAnIntakeWorkerSearchesWithTheWholeBody() {
        String searcher = "front-desk-" + UUID.randomUUID();
        Map<String, Object> nobody = Map.of("firstName", "Ei", "lastName", "Ketään-" + UUID.randomUUID(),
                "birthDate", "1970-01-01");
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, searcher).body(nobody).post(SEARCH).then()
                .statusCode(200).body("items", org.hamcrest.Matchers.empty()).body("next", equalTo(null));
        assertThat(Api.as(Roles.AUDITOR).queryParam("limit", 200).get("/api/v1/identity-lookups").then()
                .extract().jsonPath().<Map<String, Object>>getList("items.findAll { it.actorSubject == '" + searcher
                        + "' }"))
                .singleElement().satisfies(entry -> assertThat(entry).containsEntry("outcome", "NOT_FOUND")
                        .containsEntry("matches", 0));

        Api.as(Roles.CASE_OWNER).body(nobody).post(SEARCH).then().statusCode(403);
        Api.as(Roles.INTAKE_WORKER).body(Map.of("firstName", "Ei", "birthDate", "2999-01-01")).post(SEARCH).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("lastName")).body("violations.field", hasItem("birthDate"));
    }

    @Test
    void searchesByNameCountTowardsTheLimitOfLookupsByIdentityCode() {
        String prober = "name-prober-" + UUID.randomUUID();
        for (int i = 0; i < LOOKUP_LIMIT - 1; i++) {
            String code = TestClients.code(TestClients.randomBirthDate());
            TestClients.SENT_CODES.add(code);
            Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, prober).body(Map.of("identityCode", code))
                    .post("/api/v1/clients/search").then().statusCode(404);
        }
        Map<String, Object> query = Map.of("firstName", "Raja", "lastName", "Arvo", "birthDate", "1980-02-02");
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, prober).body(query).post(SEARCH).then()
                .statusCode(200);
        io.restassured.response.Response refused = Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, prober)
                .body(query).post(SEARCH);
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(Api.as(Roles.AUDITOR).queryParam("limit", 200).get("/api/v1/identity-lookups").then()
                .extract().jsonPath().<Map<String, Object>>getList("items.findAll { it.actorSubject == '" + prober
                        + "' && it.outcome == 'RATE_LIMITED' }"))
                .singleElement().satisfies(entry -> assertThat(entry)
                        .containsEntry("lookedUpBy", "NAME_AND_BIRTH_DATE"));
    }

    @AfterAll
    static void nothingLookedUpIsInTheLogs() {
        TestClients.assertNoIdentityCodeInTheLogs();
    }
}
