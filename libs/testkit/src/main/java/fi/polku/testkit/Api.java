package fi.polku.testkit;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests with a bearer token of the given role. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return RestAssured.given().auth().oauth2(Tokens.token(role)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification as(String role, String organisation, String subject) {
        return RestAssured.given().auth().oauth2(Tokens.token(role, organisation, subject))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
