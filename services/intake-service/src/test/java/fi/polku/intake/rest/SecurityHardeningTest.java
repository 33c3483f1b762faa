package fi.polku.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Api;
import fi.polku.testkit.TestIdentityCodes;
import fi.polku.testkit.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The security issue's items done so far, each reproducing the attack first: lookups by identity code that opened
 * records, unlogged and unlimited (item 1), a supervisor taking emergency access (item 2), a token without a subject
 * (3), a duplicate registration naming a client the caller may not know of (4), emergency access to an unknown
 * client and unlogged refusals by role (5), NUL in free text (7), an empty 431 or chunked 413 (8), tokens from the
 * future or for too long (9), identifiers in metrics (10), cached client data (11), free text in events (12), and
 * relationships and emergency accesses inherited by a token of the same subject in another organisation or from
 * another issuer (3).
 */
@QuarkusTest
class SecurityHardeningTest {

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @io.quarkus.test.common.http.TestHTTPResource("/api/v1/clients/search")
    URI searchUrl;

    private static final String QUEUE = "/api/v1/intake/queue";

    private static final String SEARCH = "/api/v1/clients/search";
    /** {@code polku.intake.lookup.limit}'s default: lookups a caller may make in a minute. */
    private static final int LOOKUP_LIMIT = 30;

    @Test
    void aBurstOfLookupsByIdentityCodeOpensNoRecordIsLoggedHitOrMissAndIsCutOffWithA429() {
        String code = TestIdentityCodes.random();
        UUID client = TestClients.register(code, "Samuli", "Esimerkki", "091");
        String prober = "prober-" + UUID.randomUUID();
        List<String> sent = new java.util.ArrayList<>(List.of(code));

        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, prober).body(Map.of("identityCode", code))
                .post(SEARCH).then().statusCode(200).body("clientId", equalTo(client.toString()));
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, prober).get("/api/v1/clients/" + client)
                .then().statusCode(403);
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, prober)
                .get("/api/v1/clients/" + client + "/screenings").then().statusCode(403);

        int answered = 1;
        io.restassured.response.Response refused = null;
        for (int attempt = 0; attempt < LOOKUP_LIMIT + 5 && refused == null; attempt++) {
            String guess = TestIdentityCodes.random();
            sent.add(guess);
            TestClients.SENT_CODES.add(guess);
            io.restassured.response.Response answer = Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, prober)
                    .body(Map.of("identityCode", guess)).post(SEARCH);
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertThat(answer.statusCode()).isEqualTo(404);
                answered++;
            }
        }
        assertThat(answered).as("lookups answered before the limit").isEqualTo(LOOKUP_LIMIT);
        assertThat(refused).as("a 429 after the limit").isNotNull();
        refused.then().contentType("application/problem+json").body("status", equalTo(429));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);

        List<Map<String, Object>> lookups = Api.as(Roles.AUDITOR).queryParam("limit", 200)
                .get("/api/v1/identity-lookups").then().statusCode(200).body(not(containsString(code)))
                .extract().jsonPath().getList("items.findAll { it.actorSubject == '" + prober + "' }");
        assertThat(lookups).extracting(entry -> entry.get("outcome"))
                .containsOnly("FOUND", "NOT_FOUND", "RATE_LIMITED")
                .filteredOn("NOT_FOUND"::equals).hasSize(LOOKUP_LIMIT - 1);
        assertThat(lookups).filteredOn(entry -> "FOUND".equals(entry.get("outcome")))
                .extracting(entry -> entry.get("clientId")).containsExactly(client.toString());
        assertThat(lookups).filteredOn(entry -> "RATE_LIMITED".equals(entry.get("outcome"))).hasSize(1);
        for (String each : sent) {
            assertThat(lookups.toString()).doesNotContain(each);
        }

        List<Map<String, Object>> log = Api.as(Roles.AUDITOR).queryParam("limit", 200)
                .get("/api/v1/clients/" + client + "/access-log").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.actorSubject == '" + prober + "' }");
        assertThat(log).extracting(entry -> entry.get("outcome") + " " + entry.get("basis"))
                .contains("ALLOWED IDENTIFICATION").doesNotContain("ALLOWED CARE_RELATIONSHIP");
    }

    @Test
    void theFrontDeskOpensARecordOnlyWithAStatedReasonAsAnIntakeLookupBasisOfItsOwn() {
        String code = TestIdentityCodes.random();
        UUID client = TestClients.register(code, "Sirpa", "Esimerkki", "091");
        String desk = "front-desk-" + UUID.randomUUID();
        String reason = "The client came to the front desk to start intake";
        Api.as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, desk)
                .body(Map.of("identityCode", code, "intakeReason", reason)).post(SEARCH).then().statusCode(403);
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, desk)
                .body(Map.of("identityCode", code, "intakeReason", "short")).post(SEARCH).then().statusCode(400)
                .body("violations.field", hasItem("intakeReason"));
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, desk).get("/api/v1/clients/" + client)
                .then().statusCode(403);

        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, desk)
                .body(Map.of("identityCode", code, "intakeReason", reason)).post(SEARCH).then().statusCode(200)
                .body("clientId", equalTo(client.toString()));
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, desk).get("/api/v1/clients/" + client)
                .then().statusCode(200);

        List<Map<String, Object>> log = Api.as(Roles.AUDITOR).queryParam("limit", 200)
                .get("/api/v1/clients/" + client + "/access-log").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.actorSubject == '" + desk + "' && it.outcome == 'ALLOWED' }");
        assertThat(log).extracting(entry -> entry.get("basis")).isNotEmpty().containsOnly("INTAKE_LOOKUP");
        assertThat(log).extracting(entry -> entry.get("action")).contains("read client details");
        Api.as(Roles.AUDITOR).queryParam("limit", 200).get("/api/v1/identity-lookups").then().statusCode(200)
                .body("items.findAll { it.actorSubject == '" + desk + "' && it.outcome == 'FOUND' }.intakeReason",
                        hasItem(reason));
    }

    @Test
    void emergencyAccessToAClientNobodyRegisteredIsA404AndGrantsNothing() {
        UUID nobody = UUID.randomUUID();
        Api.as(Roles.CASE_OWNER).body(Map.of("reason", "Client called in crisis outside office hours"))
                .post("/api/v1/clients/" + nobody + "/emergency-access").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(Roles.AUDITOR).queryParam("limit", 200).get("/api/v1/emergency-accesses").then().statusCode(200)
                .body("items.clientId", not(hasItem(nobody.toString())));
    }

    @Test
    void aRefusalByRoleOnAClientUrlIsInTheClientsAccessLog() {
        UUID client = TestClients.register();
        String analyst = "analyst-" + UUID.randomUUID();
        Api.as(Roles.ANALYST, Tokens.DEFAULT_ORGANISATION, analyst).get("/api/v1/clients/" + client).then()
                .statusCode(403);
        Api.as(Roles.ANALYST, Tokens.DEFAULT_ORGANISATION, analyst).body(Map.of("reason", "Curious about the case"))
                .post("/api/v1/clients/" + client + "/screenings").then().statusCode(403);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                Api.as(Roles.AUDITOR).queryParam("limit", 200).get("/api/v1/clients/" + client + "/access-log")
                        .then().statusCode(200).extract().jsonPath()
                        .<Map<String, Object>>getList("items.findAll { it.actorSubject == '" + analyst + "' }"))
                .extracting(entry -> entry.get("outcome") + " " + entry.get("action") + " " + entry.get("actorRoles"))
                .containsExactlyInAnyOrder("DENIED refused by role: GET client analyst",
                        "DENIED refused by role: POST screenings analyst"));
    }

    @Test
    void anEmergencyAccessTravelsWithTheCategoryOfItsReasonAndTheWrittenReasonStaysHere() {
        UUID client = TestClients.register();
        String written = "Client phoned in crisis, talked about hospital stay " + UUID.randomUUID();
        String location = Api.as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, "on-call-" + UUID.randomUUID())
                .body(Map.of("reason", written, "reasonCategory", "CLIENT_IN_CRISIS"))
                .post("/api/v1/clients/" + client + "/emergency-access").then().statusCode(201)
                .body("reasonCategory", equalTo("CLIENT_IN_CRISIS")).body("reason", equalTo(written))
                .extract().header("Location");

        com.fasterxml.jackson.databind.JsonNode event = fi.polku.testkit.EventLog.event(kafka,
                fi.polku.platform.events.Topics.ACCESS_FACTS, "EmergencyAccessGranted", client,
                Duration.ofSeconds(20));
        fi.polku.testkit.EventSchemas.assertValid(event);
        assertThat(event.path("data").path("reasonCategory").asText()).isEqualTo("CLIENT_IN_CRISIS");
        assertThat(event.path("data").has("reason")).isFalse();
        assertThat(event.toString()).doesNotContain(written).doesNotContain("hospital");
        Api.as(Roles.AUDITOR).get(location).then().statusCode(200).body("reason", equalTo(written));
    }

    @Test
    void oversizedRequestHeadersAreA431ProblemLikeEveryOtherError() {
        String token = Tokens.token(Roles.INTAKE_WORKER);
        Api.validated(RestAssured.given().auth().oauth2(token)).header("X-Padding", "a".repeat(30_000)).get(QUEUE)
                .then().statusCode(431).contentType("application/problem+json").body("status", equalTo(431))
                .body("title", equalTo("Request header fields too large"));
        Api.validated(RestAssured.given().auth().oauth2(token)).header("X-Padding", "a".repeat(1_000)).get(QUEUE)
                .then().statusCode(200);
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemLikeOneWithItsLengthDeclared() throws Exception {
        byte[] body = ("{\"identityCode\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(searchUrl)
                        .header("Authorization", "Bearer " + Tokens.token(Roles.INTAKE_WORKER))
                        .header("Content-Type", "application/json")
                        // no length known beforehand: sent with Transfer-Encoding: chunked
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(chunked.body()).path("status").asInt())
                .isEqualTo(413);
        Api.as(Roles.INTAKE_WORKER).body(body).post(SEARCH).then().statusCode(413)
                .contentType("application/problem+json").body("violations.field", hasItem("$"));
    }

    @Test
    void aTokenIssuedInTheFutureBeyondTheClockSkewIsRefused() {
        String future = Tokens.issuedAt(Roles.INTAKE_WORKER, Instant.now().plus(Duration.ofMinutes(10)),
                Duration.ofHours(1));
        Api.validated(RestAssured.given().auth().oauth2(future)).get(QUEUE).then().statusCode(401);
        String now = Tokens.issuedAt(Roles.INTAKE_WORKER, Instant.now(), Duration.ofHours(1));
        Api.validated(RestAssured.given().auth().oauth2(now)).get(QUEUE).then().statusCode(200);
    }

    @Test
    void aTokenThatLivesLongerThanAWorkingDayIsRefused() {
        String longLived = Tokens.issuedAt(Roles.INTAKE_WORKER, Instant.now(), Duration.ofHours(13));
        Api.validated(RestAssured.given().auth().oauth2(longLived)).get(QUEUE).then().statusCode(401);
        String working = Tokens.issuedAt(Roles.INTAKE_WORKER, Instant.now(), Duration.ofHours(11));
        Api.validated(RestAssured.given().auth().oauth2(working)).get(QUEUE).then().statusCode(200);
    }

    @Test
    void aRelationshipIsTheTokensIssuerOrganisationAndSubjectTogetherNotTheSubjectAlone() {
        String worker = "registering-worker-" + UUID.randomUUID();
        UUID client = UUID.fromString(Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, worker)
                .body(Map.of("identityCode", TestIdentityCodes.random(), "firstName", "Saini", "lastName",
                        "Esimerkki", "municipalityCode", "091", "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(201).extract().<String>path("id"));
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, worker).get("/api/v1/clients/" + client)
                .then().statusCode(200);

        Api.as(Roles.INTAKE_WORKER, "another-organisation", worker).get("/api/v1/clients/" + client)
                .then().statusCode(403);
        String elsewhere = Tokens.issuedBy("https://auth.elsewhere.example", Roles.INTAKE_WORKER,
                Tokens.DEFAULT_ORGANISATION, worker);
        Api.validated(RestAssured.given().auth().oauth2(elsewhere)).get("/api/v1/clients/" + client)
                .then().statusCode(401);
    }

    @Test
    void aCaseOwnerNamedInTheRegisterIsTheStaffOrganisationsUserOnly() {
        UUID client = TestClients.register();
        String userId = "case-owner-" + UUID.randomUUID();
        try (fi.polku.testkit.EventPublisher publisher = new fi.polku.testkit.EventPublisher(kafka)) {
            fi.polku.testkit.AccessFactEvents.caseOwner(publisher, client, userId);
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                Api.as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, userId).get("/api/v1/clients/" + client)
                        .then().statusCode(200));

        Api.as(Roles.CASE_OWNER, "coaching-provider-1234567-8", userId).get("/api/v1/clients/" + client)
                .then().statusCode(403);
    }

    @Test
    void anEmergencyAccessIsForTheTokenThatTookItNotForTheSameSubjectElsewhere() {
        UUID client = TestClients.register();
        String onCall = "on-call-" + UUID.randomUUID();
        Api.as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, onCall)
                .body(Map.of("reason", "Client called in crisis outside office hours"))
                .post("/api/v1/clients/" + client + "/emergency-access").then().statusCode(201);
        Api.as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, onCall).get("/api/v1/clients/" + client)
                .then().statusCode(200);

        Api.as(Roles.CASE_OWNER, "another-organisation", onCall).get("/api/v1/clients/" + client)
                .then().statusCode(403);
    }

    @Test
    void aTokenWithoutASubjectIsRefused() {
        Api.validated(RestAssured.given().auth().oauth2(Tokens.withoutSubject(Roles.INTAKE_WORKER))).get(QUEUE)
                .then().statusCode(401);
    }

    @Test
    void apiResponsesAreNeverStoredByACache() {
        Api.as(Roles.INTAKE_WORKER).get(QUEUE).then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("Pragma", equalTo("no-cache"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        Api.anonymous().get(QUEUE).then().statusCode(401).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void supervisorsWhoReviewEmergencyAccessesCannotTakeOne() {
        UUID client = TestClients.register();
        for (String supervisor : List.of(Roles.COORDINATOR, Roles.AUDITOR)) {
            Api.as(supervisor).body(Map.of("reason", "Client called in crisis outside office hours"))
                    .post("/api/v1/clients/" + client + "/emergency-access").then().statusCode(403);
        }
        Api.as(Roles.AUDITOR).queryParam("limit", 200).get("/api/v1/emergency-accesses").then().statusCode(200)
                .body("items.clientId", not(hasItem(client.toString())));
    }

    @Test
    void aDuplicateRegistrationNamesTheExistingClientOnlyToWhoeverMayKnowOfThem() {
        String code = TestIdentityCodes.random();
        Map<String, String> registration = Map.of("identityCode", code, "firstName", "Samuli",
                "lastName", "Esimerkki", "municipalityCode", "091", "preferredLanguage", "fi");
        String id = Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, "registering-worker")
                .body(registration).post("/api/v1/clients").then().statusCode(201).extract().path("id");
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, "registering-worker").body(registration)
                .post("/api/v1/clients").then().statusCode(409).body("existingClientId", equalTo(id));
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, "another-worker").body(registration)
                .post("/api/v1/clients").then().statusCode(409)
                .body("$", not(org.hamcrest.Matchers.hasKey("existingClientId")))
                .body(not(containsString(id))).body(not(containsString(code)));
    }

    @Test
    void aNulCharacterInFreeTextIsABadRequestNamingTheFieldAndStoresNothing() {
        String code = TestIdentityCodes.random();
        Api.as(Roles.INTAKE_WORKER)
                .body(Map.of("identityCode", code, "firstName", "Sa\u0000muli", "lastName", "Esimerkki",
                        "municipalityCode", "091", "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(400)
                .body("violations.field", hasItem("firstName"))
                .body(not(containsString(code)));
        Api.as(Roles.INTAKE_WORKER).body(Map.of("identityCode", code)).post("/api/v1/clients/search")
                .then().statusCode(404);
    }

    @TestHTTPResource(value = "metrics", management = true)
    URL managementMetrics;

    @Test
    void anIdentityCodeInAnUnmatchedPathDoesNotReachTheMetrics() {
        String code = TestIdentityCodes.random();
        int refused = Api.as(Roles.INTAKE_WORKER).delete("/api/v1/clients/" + code).statusCode();
        assertThat(refused).isIn(404, 405);
        Api.as(Roles.INTAKE_WORKER).get("/api/v1/no-such-endpoint/" + code).then().statusCode(404);
        int unknownClient = Api.as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + UUID.randomUUID()).statusCode();
        assertThat(unknownClient).as("a matched route, whatever it answers").isIn(403, 404);

        String metrics = RestAssured.given().get(managementMetrics).then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain(code).contains("uri=\"UNMATCHED\"")
                .contains("uri=\"/api/v1/clients/{id}\"");
        assertThat(RestAssured.given().get("/q/metrics").statusCode()).as("metrics on the management interface only")
                .isEqualTo(404);
    }
}
