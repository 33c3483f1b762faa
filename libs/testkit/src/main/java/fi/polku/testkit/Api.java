package fi.polku.testkit;

import fi.polku.testkit.contract.ResponseValidation;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured requests with a bearer token of the given role. In a {@code @QuarkusTest} every response is
 * validated against the service's committed OpenAPI spec ({@link ResponseValidation}).
 */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return validated(RestAssured.given().auth().oauth2(Tokens.token(role)));
    }

    public static RequestSpecification as(String role, String organisation, String subject) {
        return validated(RestAssured.given().auth().oauth2(Tokens.token(role, organisation, subject)));
    }

    public static RequestSpecification anonymous() {
        return validated(RestAssured.given());
    }

    /** A request whose response must match the service's committed spec. */
    public static RequestSpecification validated(RequestSpecification request) {
        RequestSpecification json = request.contentType(ContentType.JSON).accept(ContentType.JSON);
        return ResponseValidation.ofServiceUnderTest().map(json::filter).orElse(json);
    }
}
