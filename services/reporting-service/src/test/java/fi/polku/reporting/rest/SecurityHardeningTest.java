package fi.polku.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The security issue's items for the dashboard, reproducing the attack first: a page and script that any site could
 * frame, a browser could sniff, and a shared cache could keep as public and immutable (item 11).
 */
@QuarkusTest
class SecurityHardeningTest {

    @Test
    void theDashboardCarriesAStrictContentSecurityPolicyAndIsNeverCachedAsPublicAndImmutable() {
        for (String file : List.of("/", "/index.html", "/dashboard.js", "/dashboard.css")) {
            Response response = given().get(file);
            response.then().statusCode(200)
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Cache-Control", equalTo("no-cache"));
            assertThat(response.header("Content-Security-Policy")).as(file).doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval").doesNotContain("*");
        }
        given().get("/").then().body(containsString("<script src=\"dashboard.js\""));
    }
}
