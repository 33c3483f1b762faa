package fi.polku.partner.rest;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import fi.polku.testkit.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void theServedApiIsTheCommittedSpec() {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        OpenApiContract.assertServedMatchesCommitted("partner", served);
    }
}
