package fi.polku.reporting.signin;

import static fi.polku.testkit.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The dashboard signs in through the county's OpenID Connect provider with the authorization code flow (issue 20):
 * a browser that follows the redirects ends on the dashboard with a session cookie holding the county's access
 * token, which the reports accept; someone without the analyst role gets no session; no API path is ever
 * redirected to the provider; and with Quarkus OIDC beside the platform's JWT check, each analyst's bearer token and
 * session answer as that analyst (an export is only its requester's), not as the one before or no one.
 */
@QuarkusTest
@TestProfile(CountySignInTest.WithTheCountysProvider.class)
class CountySignInTest {

    public static class WithTheCountysProvider implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CountyIdentityProvider.class));
        }
    }

    @TestHTTPResource("/sign-in/county")
    URI countySignIn;

    @TestHTTPResource("/api/v1/kpis")
    URI kpis;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @AfterEach
    void theNextSignInIsTheAnalystAgain() {
        CountyIdentityProvider.signsInRoles = Set.of(Roles.ANALYST);
        CountyIdentityProvider.signsIn = "county-analyst";
    }

    @Test
    void anAnalystSignsInAtTheCountysProviderAndReadsTheReports() throws Exception {
        HttpResponse<String> landed = browse(countySignIn);

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/");
        HttpCookie session = cookie(SessionCookie.NAME).orElseThrow();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(cookie("q_session")).as("the OIDC session ends once the token is the dashboard's").isEmpty();
        assertThat(browse(kpis).statusCode()).as("the reports with the session cookie").isEqualTo(200);
        given().cookie(SessionCookie.NAME, session.getValue()).get("/api/v1/kpis").then().statusCode(200);
    }

    @Test
    void someoneWithoutTheAnalystRoleGetsNoSession() throws Exception {
        CountyIdentityProvider.signsInRoles = Set.of(Roles.CASE_OWNER);

        HttpResponse<String> landed = browse(countySignIn);

        assertThat(landed.uri().getPath()).isEqualTo("/sign-in.html");
        assertThat(landed.uri().getQuery()).isEqualTo("refused=role");
        assertThat(cookie(SessionCookie.NAME)).isEmpty();
        assertThat(cookie("q_session")).isEmpty();
        assertThat(browse(kpis).statusCode()).isEqualTo(401);
    }

    @Test
    void theApiIsNeverRedirectedToTheProvider() {
        given().redirects().follow(false).get("/api/v1/kpis").then().statusCode(401);
        given().get("/sign-in/methods").then().statusCode(200)
                .body("county", is(true));
    }

    @Test
    void withTheProviderOnEveryCallerAnswersAsThemselves() throws Exception {
        String first = startExport("first-county-analyst");
        String second = startExport("second-county-analyst");

        assertThat(exportStatus("first-county-analyst", first)).isIn(200, 202);
        assertThat(exportStatus("second-county-analyst", first)).as("another analyst's export").isEqualTo(404);
        assertThat(exportStatus("second-county-analyst", second)).isIn(200, 202);
        assertThat(exportStatus("first-county-analyst", second)).as("another analyst's export").isEqualTo(404);

        CountyIdentityProvider.signsIn = "second-county-analyst";
        browse(countySignIn);
        String session = cookie(SessionCookie.NAME).orElseThrow().getValue();
        assertThat(given().cookie(SessionCookie.NAME, session).get(second).statusCode())
                .as("the signed-in analyst's own export").isIn(200, 202);
        assertThat(given().cookie(SessionCookie.NAME, session).get(first).statusCode()).isEqualTo(404);
    }

    private static String startExport(String analyst) {
        return as(Roles.ANALYST, Tokens.DEFAULT_ORGANISATION, analyst)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("types", List.of("ClientRegistered"))).post("/api/v1/exports")
                .then().statusCode(202).extract().header("Content-Location");
    }

    private static int exportStatus(String analyst, String status) {
        return as(Roles.ANALYST, Tokens.DEFAULT_ORGANISATION, analyst).get(status).statusCode();
    }

    private HttpResponse<String> browse(URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).findFirst();
    }
}
