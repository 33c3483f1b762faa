package fi.polku.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The local sign-in: it offers the analysts whose dev tokens the stack wrote and turns a choice into an HttpOnly,
 * SameSite=Strict session cookie that the reports accept instead of a bearer header.
 */
@QuarkusTest
class LocalSignInTest {

    /** Where the test profile's {@code polku.dashboard.local-sign-in.tokens} points. */
    static final Path TOKENS = Path.of("target/sign-in-tokens");

    @BeforeAll
    static void writeAnAnalystsToken() throws IOException {
        writeToken(Roles.ANALYST, "hyvinvointialue-dev", "analyst-user");
    }

    static void writeToken(String role, String organisation, String subject) throws IOException {
        Path file = TOKENS.resolve(role).resolve(organisation).resolve(subject + ".jwt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Tokens.token(role, organisation, subject) + "\n");
    }

    @Test
    void signingInSetsASessionCookieThatTheReportsAccept() {
        given().get("/sign-in/local/users").then().statusCode(200)
                .body("subject", hasItem("analyst-user")).body("organisation", hasItem("hyvinvointialue-dev"));

        Response signedIn = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("organisation", "hyvinvointialue-dev").formParam("subject", "analyst-user")
                .post("/sign-in/local");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/");
        String cookie = signedIn.header("Set-Cookie");
        assertThat(cookie).startsWith("polku_session=eyJ").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .contains("Path=/");

        String session = signedIn.getCookie("polku_session");
        given().cookie("polku_session", session).get("/api/v1/kpis").then().statusCode(200);
        given().get("/api/v1/kpis").then().statusCode(401);
        given().auth().oauth2(Tokens.token(Roles.ANALYST)).get("/api/v1/kpis").then().statusCode(200);

        Response signedOut = given().redirects().follow(false).cookie("polku_session", session).post("/sign-out");
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.header("Set-Cookie")).startsWith("polku_session=;").contains("Max-Age=0");
    }

    @Test
    void onlyTheWrittenAnalystsTokensCanBeChosen() {
        given().contentType(ContentType.URLENC).formParam("organisation", "hyvinvointialue-dev")
                .formParam("subject", "../../analyst/hyvinvointialue-dev/analyst-user").post("/sign-in/local")
                .then().statusCode(400);
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("organisation", "hyvinvointialue-dev").formParam("subject", "nobody")
                .post("/sign-in/local").then().statusCode(404);
        given().contentType(ContentType.URLENC).formParam("subject", "analyst-user").post("/sign-in/local")
                .then().statusCode(400);
    }
}
