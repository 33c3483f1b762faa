package fi.polku.caseowner.rest;

import static fi.polku.testkit.Api.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import fi.polku.platform.security.Roles;

import fi.polku.testkit.badinput.BadInputCases;
import fi.polku.testkit.badinput.BadInputTests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of the committed spec refuses bad input with a problem naming the field, changing nothing. */
@QuarkusTest
class BadInputTest {

    @Inject
    AgroalDataSource database;

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadInput() {
        return BadInputTests.of(BadInputCases.forService("case-owner").generate(), database);
    }

    /**
     * Query parameters the resource parses by name itself (QueryParams): hostile values that are not merely of the
     * wrong format are refused naming the parameter too.
     */
    @Test
    void untypedQueryParametersAreCheckedByName() {
        as(Roles.CASE_OWNER).queryParam("professionalId", "' OR 1=1 --").get("/api/v1/follow-ups").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("professionalId"));
        as(Roles.COORDINATOR).queryParam("rule", "<script>alert(1)</script>").get("/api/v1/gaps").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("rule"));
    }
}
