package fi.polku.reporting.signin;

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
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The dashboard signs in through the county's OpenID Connect provider with the authorization code flow (issue 20):
 * a browser that follows the redirects ends on the dashboard with a session cookie holding the county's access
 * token, which the reports accept; someone without the analyst role gets no session; and no API path is ever
 * redirected to the provider.
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
    void theNextSignInIsAnAnalystAgain() {
        CountyIdentityProvider.signsInRoles = Set.of(Roles.ANALYST);
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

    private HttpResponse<String> browse(URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).findFirst();
    }
}
