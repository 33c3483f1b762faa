package fi.polku.intake.rest;

import static fi.polku.intake.rest.ClientResourceTest.newCode;
import static fi.polku.testkit.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.TestIdentityCodes;
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
        UUID client = TestClients.register();
        return BadInputTests.of(BadInputCases.forService("intake")
                .withPathValue("clientId", client)
                .withPathValue("id", client)
                .generate(), database);
    }

    /** Names are free text: what looks like an injection is a legitimate name, kept exactly as sent. */
    @Test
    void injectionLookalikesInFreeTextAreStoredVerbatim() {
        String firstName = "<script>alert('x')</script>";
        String lastName = "O'Brien'); DROP TABLE client; --";
        String id = as(Roles.INTAKE_WORKER).body(Map.of("identityCode", newCode(), "firstName", firstName,
                        "lastName", lastName, "municipalityCode", "091", "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + id).then().statusCode(200)
                .body("firstName", equalTo(firstName)).body("lastName", equalTo(lastName));
    }

    @Test
    void anIdentityCodeOfSomeoneBornNextCenturyIsRefused() {
        String bornIn2099 = TestIdentityCodes.of(LocalDate.of(2099, 5, 1), 123, 'A');
        TestClients.SENT_CODES.add(bornIn2099);
        as(Roles.INTAKE_WORKER).body(Map.of("identityCode", bornIn2099, "firstName", "Tuleva", "lastName", "Asiakas",
                        "municipalityCode", "091", "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("identityCode"))
                .body("violations[0].message", containsString("in the future"));
    }
}
