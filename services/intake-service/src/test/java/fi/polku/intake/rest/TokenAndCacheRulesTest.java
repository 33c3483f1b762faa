package fi.polku.intake.rest;

import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Api;
import fi.polku.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Security issue items 3, 9 and 11: what a token must be, and that no response with client data is cached. */
@QuarkusTest
class TokenAndCacheRulesTest {

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
}
