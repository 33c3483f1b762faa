package fi.polku.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Api;
import fi.polku.testkit.TestIdentityCodes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Security issue item 10: a path that matched no route never becomes a metrics label. */
@QuarkusTest
class MetricsLabelsTest {

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
