package fi.polku.fhir.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.fhir.FhirValidation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The gateway's own answers, with no owning service reachable: the capabilities, and every failure as a valid
 * OperationOutcome (the path through the real services is in tests/system-tests FhirGatewayTest).
 */
@QuarkusTest
class FhirEndpointTest {

    private static final String IDENTITY_CODE = "010203A9988";

    @Test
    void theCapabilityStatementIsValidAndNamesExactlyTheServedResources() {
        Response response = given().accept("application/fhir+json").get("/fhir/R4/metadata");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        assertThat(FhirValidation.errors(response.asString())).isEmpty();
        CapabilityStatement statement = FhirValidation.context().newJsonParser()
                .parseResource(CapabilityStatement.class, response.asString());
        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(statement.getRestFirstRep().getResource()).extracting(CapabilityStatementRestResourceComponent::getType)
                .containsExactly("Patient", "EpisodeOfCare", "CareTeam", "CarePlan", "Questionnaire",
                        "QuestionnaireResponse", "Observation", "ServiceRequest", "Task", "Consent", "AuditEvent");
    }

    @Test
    void everyAdvertisedResourceTypeIsRoutedAndEveryOtherIsNot() {
        for (String type : List.of("Patient", "EpisodeOfCare", "CareTeam", "CarePlan", "QuestionnaireResponse",
                "Observation", "ServiceRequest", "Task", "Consent", "AuditEvent")) {
            int status = given().auth().oauth2(Tokens.token(Roles.CASE_OWNER)).get("/fhir/R4/" + type)
                    .statusCode();
            assertThat(status).as(type + " without its search parameter").isEqualTo(400);
        }
        int questionnaires = given().auth().oauth2(Tokens.token(Roles.CASE_OWNER)).get("/fhir/R4/Questionnaire")
                .statusCode();
        assertThat(questionnaires).as("Questionnaire needs no parameter: assessment is asked (and unreachable)")
                .isEqualTo(502);
        Response unknown = given().auth().oauth2(Tokens.token(Roles.CASE_OWNER)).get("/fhir/R4/Encounter");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(outcome(unknown).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
    }

    @TestHTTPResource(value = "health/ready", management = true)
    URL managementReadiness;

    @Test
    void theGatewayIsReadyWithoutADatabaseOrBrokerOfItsOwnAndServesNoOpenApiDocument() {
        given().get(managementReadiness).then().statusCode(200);
        given().get("/q/openapi").then().statusCode(404);
    }

    @Test
    void aCallWithoutATokenIsA401OperationOutcome() {
        Response response = given().get("/fhir/R4/Patient/" + java.util.UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(outcome(response).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.LOGIN);
    }

    @Test
    void anIdentityCodeInTheUrlIsRefusedWithoutRepeatingIt() {
        Response response = given().auth().oauth2(Tokens.token(Roles.CASE_OWNER))
                .queryParam("identifier", "urn:oid:1.2.246.21|" + IDENTITY_CODE).get("/fhir/R4/Patient");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("POST /fhir/R4/Patient/_search").doesNotContain(IDENTITY_CODE);
        outcome(response);
    }

    @Test
    void anUnreachableOwningServiceIsA502ThatRepeatsNothingTheCallerSent() {
        Response read = given().auth().oauth2(Tokens.token(Roles.CASE_OWNER))
                .get("/fhir/R4/EpisodeOfCare/" + java.util.UUID.randomUUID());
        Response search = given().auth().oauth2(Tokens.token(Roles.CASE_OWNER))
                .formParam("identifier", "urn:oid:1.2.246.21|" + IDENTITY_CODE).post("/fhir/R4/Patient/_search");

        assertThat(read.statusCode()).isEqualTo(502);
        assertThat(outcome(read).getIssueFirstRep().getDiagnostics()).contains("case-owner");
        assertThat(search.statusCode()).isEqualTo(502);
        assertThat(search.asString()).doesNotContain(IDENTITY_CODE);
        outcome(search);
    }

    @Test
    void aMalformedIdOrPageIsA400NamingTheParameter() {
        Response badId = given().auth().oauth2(Tokens.token(Roles.CASE_OWNER)).get("/fhir/R4/CareTeam/not-a-uuid");
        Response badConsentId = given().auth().oauth2(Tokens.token(Roles.CASE_OWNER))
                .get("/fhir/R4/Consent/" + java.util.UUID.randomUUID());
        Response badCount = given().auth().oauth2(Tokens.token(Roles.AUDITOR))
                .get("/fhir/R4/AuditEvent?patient=" + java.util.UUID.randomUUID() + "&_count=0");

        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(outcome(badId).getIssueFirstRep().getDiagnostics()).contains("'id'");
        assertThat(badConsentId.statusCode()).as("a consent's id holds its client's too").isEqualTo(400);
        assertThat(outcome(badConsentId).getIssueFirstRep().getDiagnostics()).contains("'id'");
        assertThat(badCount.statusCode()).isEqualTo(400);
        assertThat(outcome(badCount).getIssueFirstRep().getDiagnostics()).contains("'_count'");
    }

    /** The body is a valid OperationOutcome of FHIR JSON, not stored by any cache. */
    private static OperationOutcome outcome(Response response) {
        assertThat(response.contentType()).startsWith("application/fhir+json");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(FhirValidation.errors(response.asString())).as(response.asString()).isEmpty();
        return FhirValidation.context().newJsonParser().parseResource(OperationOutcome.class, response.asString());
    }
}
