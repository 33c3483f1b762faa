package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The organisation register (issue 15: "nothing lists the valid codes"): the list a form offers is the one the
 * requests are checked against.
 */
@QuarkusTest
class OrganisationRegisterTest {

    @Test
    void theRegisterPagesTheCountysOwnAndThePartnersInIdentifierOrderWithNames() {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(Roles.JOB_COACH).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/organisations").then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);

        List<String> identifiers = all.stream().map(o -> (String) o.get("identifier")).toList();
        assertThat(identifiers).isSorted().doesNotHaveDuplicates().contains("hyvinvointialue-dev", "orimattila",
                "0246246-0");
        assertThat(all).anySatisfy(o -> assertThat(o).containsEntry("identifier", "hyvinvointialue-dev")
                .containsEntry("kind", "COUNTY"));
        assertThat(all).anySatisfy(o -> assertThat(o).containsEntry("identifier", "orimattila")
                .containsEntry("nameFi", "Orimattilan kaupunki").containsEntry("nameSv", "Orimattila stad")
                .containsEntry("kind", "MUNICIPALITY"));

        assertThat(as(Roles.INTAKE_WORKER).queryParam("kind", "STATE_AGENCY").get("/api/v1/organisations").then()
                .statusCode(200).extract().jsonPath().<String>getList("items.kind")).isNotEmpty()
                .containsOnly("STATE_AGENCY");
        as(Roles.INTAKE_WORKER).queryParam("kind", "PARTNER").get("/api/v1/organisations").then().statusCode(400)
                .body("violations.field", hasItem("kind"));
    }

    @Test
    void everyCodeOfTheRegisterIsAcceptedAndACodeOutsideItIsRefusedNamingTheField() {
        UUID client = TestClients.register();
        List<String> identifiers = as(Roles.INTAKE_WORKER).queryParam("limit", 200).get("/api/v1/organisations")
                .then().extract().jsonPath().getList("items.identifier");
        for (String identifier : identifiers) {
            Map<String, Object> referral = ReferralAndInterviewResourceTest.referral();
            referral.put("referrerOrganisation", identifier);
            as(Roles.INTAKE_WORKER).body(referral).post("/api/v1/clients/" + client + "/referrals")
                    .then().statusCode(201).body("referrerOrganisation", equalTo(identifier));
        }
        Map<String, Object> unknown = ReferralAndInterviewResourceTest.referral();
        unknown.put("referrerOrganisation", "kuvitteellinen-kunta");
        as(Roles.INTAKE_WORKER).body(unknown).post("/api/v1/clients/" + client + "/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("referrerOrganisation"))
                .body("violations[0].message", containsString("GET /api/v1/organisations"));

        Map<String, Object> company = ReferralAndInterviewResourceTest.referral();
        company.put("referrerOrganisation", "0112038-9");
        as(Roles.INTAKE_WORKER).body(company).post("/api/v1/clients/" + client + "/referrals")
                .then().statusCode(201);
    }
}
