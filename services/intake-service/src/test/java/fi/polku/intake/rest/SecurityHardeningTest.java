package fi.polku.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The security issue's items done so far, each reproducing the attack first: a supervisor taking emergency access
 * (item 2), a token without a subject (3), a duplicate registration naming a client the caller may not know of (4),
 * NUL in free text (7), tokens from the future or for too long (9), identifiers in metrics (10), cached client
 * data (11).
 */
@QuarkusTest
class SecurityHardeningTest {

    private static final String QUEUE = "/api/v1/intake/queue";

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

    @Test
    void anIdentityCodeInAnUnmatchedPathDoesNotReachTheMetrics() {
        String code = TestIdentityCodes.random();
        int refused = Api.as(Roles.INTAKE_WORKER).delete("/api/v1/clients/" + code).statusCode();
        assertThat(refused).isIn(404, 405);
        Api.as(Roles.INTAKE_WORKER).get("/api/v1/no-such-endpoint/" + code).then().statusCode(404);
        int unknownClient = Api.as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + UUID.randomUUID()).statusCode();
        assertThat(unknownClient).as("a matched route, whatever it answers").isIn(403, 404);

        String metrics = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain(code).contains("uri=\"UNMATCHED\"")
                .contains("uri=\"/api/v1/clients/{id}\"");
    }
}
