package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.AccessMatrix;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.contract.Paging;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Who may see a client in intake, the intake workers' own clients, and emergency access. */
@QuarkusTest
class AccessControlTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void clientDetailsFollowTheAccessMatrix() {
        UUID client = TestClients.register();
        new AccessMatrix("client details", caller -> caller.get("/api/v1/clients/" + client), client,
                Roles.CASE_OWNER, Roles.ANALYST, "SERVICE_COORDINATION", dataSource, kafka).verify();
    }

    @Test
    void consentsFollowTheAccessMatrix() {
        UUID client = TestClients.register();
        new AccessMatrix("consents", caller -> caller.get("/api/v1/clients/" + client + "/consents"), client,
                Roles.CASE_OWNER, Roles.ANALYST, "SERVICE_COORDINATION", dataSource, kafka).verify();
    }

    @Test
    void screeningsFollowTheAccessMatrix() {
        UUID client = TestClients.register();
        new AccessMatrix("screenings", caller -> caller.get("/api/v1/clients/" + client + "/screenings"), client,
                Roles.TEAM_MEMBER, Roles.ANALYST, "SERVICE_COORDINATION", dataSource, kafka).verify();
    }

    @Test
    void aConsentForAnotherPurposeDoesNotOpenIntakeData() {
        UUID client = TestClients.register();
        String provider = "0112038-9";
        as(Roles.INTAKE_WORKER).body(consent("SUPPORTED_EMPLOYMENT_COACHING", provider))
                .post("/api/v1/clients/" + client + "/consents").then().statusCode(201);
        as(Roles.JOB_COACH, provider, "coach-of-" + provider).get("/api/v1/clients/" + client)
                .then().statusCode(403);
    }

    @Test
    void anIntakeWorkerSeesOnlyTheClientsTheyHandleWhileACoordinatorSeesEveryoneWaiting() {
        String municipality = "837";
        UUID mine = registerAs("intake-a", municipality);
        UUID theirs = registerAs("intake-b", municipality);

        List<String> seenByA = queue("intake-a", Roles.INTAKE_WORKER, municipality);
        assertThat(seenByA).contains(mine.toString()).doesNotContain(theirs.toString());
        as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, "intake-a").get("/api/v1/clients/" + theirs)
                .then().statusCode(403);
        assertThat(queue("coordinator-x", Roles.COORDINATOR, municipality)).contains(mine.toString(),
                theirs.toString());
    }

    @Test
    void anIntakeWorkerWhoIsGivenTheFullIdentityCodeLearnsWhichClientAndOpensTheRecordOnlyWithAReason() {
        String code = fi.polku.testkit.TestIdentityCodes.random();
        TestClients.SENT_CODES.add(code);
        UUID client = UUID.fromString(as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, "intake-c")
                .body(Map.of("identityCode", code, "firstName", "Aino", "lastName", "Esimerkki",
                        "municipalityCode", "091", "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(201).extract().<String>path("id"));
        as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, "intake-d").get("/api/v1/clients/" + client)
                .then().statusCode(403);

        as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, "intake-d").body(Map.of("identityCode", code))
                .post("/api/v1/clients/search").then().statusCode(200).body("clientId", equalTo(client.toString()));
        as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, "intake-d").get("/api/v1/clients/" + client)
                .then().statusCode(403);
        as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, "intake-d")
                .body(Map.of("identityCode", code, "intakeReason", "The client is at the front desk for intake"))
                .post("/api/v1/clients/search").then().statusCode(200).body("clientId", equalTo(client.toString()));
        as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, "intake-d").get("/api/v1/clients/" + client)
                .then().statusCode(200);
    }

    @Test
    void emergencyAccessIsRefusedToExternalOrganisationsAndToReasonsWithAnIdentityCode() {
        UUID client = TestClients.register();
        as(Roles.CASE_OWNER, "0112038-9", "outsider")
                .body(Map.of("reason", "I would like to see this client's data"))
                .post("/api/v1/clients/" + client + "/emergency-access")
                .then().statusCode(403).contentType("application/problem+json");
        String code = fi.polku.testkit.TestIdentityCodes.random();
        TestClients.SENT_CODES.add(code);
        as(Roles.CASE_OWNER).body(Map.of("reason", "Client " + code + " is at the reception"))
                .post("/api/v1/clients/" + client + "/emergency-access")
                .then().statusCode(400).body("violations.field", hasItem("reason"))
                .body(not(containsString(code)));
        as(Roles.CASE_OWNER).body(Map.of("reason", "short"))
                .post("/api/v1/clients/" + client + "/emergency-access")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        as(Roles.JOB_COACH).body(Map.of("reason", "Client in crisis at the reception"))
                .post("/api/v1/clients/" + client + "/emergency-access").then().statusCode(403);
    }

    @Test
    void supervisorsReviewEmergencyAccessesWithTheirReasons() {
        UUID client = TestClients.register();
        String location = as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, "on-call-review")
                .body(Map.of("reason", "Client called in crisis outside office hours"))
                .post("/api/v1/clients/" + client + "/emergency-access")
                .then().statusCode(201)
                .body("expiresAt", org.hamcrest.Matchers.notNullValue()).extract().header("Location");
        as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, "on-call-review").get(location)
                .then().statusCode(200).body("clientId", org.hamcrest.Matchers.equalTo(client.toString()));
        as(Roles.AUDITOR).get(location).then().statusCode(200);
        as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, "someone-else").get(location).then().statusCode(403);
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Helsinki")).toString();
        Response review = as(Roles.COORDINATOR).queryParam("from", today).queryParam("to", today)
                .get("/api/v1/emergency-accesses");
        review.then().statusCode(200);
        List<Map<String, Object>> grants = review.jsonPath().getList("items.findAll { it.clientId == '" + client + "' }");
        assertThat(grants).singleElement().satisfies(grant -> {
            assertThat(grant).containsEntry("subject", "on-call-review")
                    .containsEntry("reason", "Client called in crisis outside office hours")
                    .containsEntry("service", "intake");
        });
        as(Roles.CASE_OWNER).get("/api/v1/emergency-accesses").then().statusCode(403);
    }

    @Test
    void theAccessLogAndTheEmergencyAccessRecordCannotBeChangedOrDeletedInTheDatabase() throws SQLException {
        UUID client = TestClients.register();
        as(Roles.CASE_OWNER).body(Map.of("reason", "Client called in crisis outside office hours"))
                .post("/api/v1/clients/" + client + "/emergency-access").then().statusCode(201);
        for (String sql : List.of(
                "UPDATE access_log SET action = 'nothing' WHERE client_id = '" + client + "'",
                "DELETE FROM access_log WHERE client_id = '" + client + "'",
                "TRUNCATE access_log",
                "UPDATE emergency_access SET expires_at = now() + interval '1 year' WHERE client_id = '" + client + "'",
                "DELETE FROM emergency_access WHERE client_id = '" + client + "'")) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.execute(sql)).as(sql).hasMessageContaining("append-only");
            }
        }
    }

    private static UUID registerAs(String subject, String municipality) {
        String code = fi.polku.testkit.TestIdentityCodes.random();
        TestClients.SENT_CODES.add(code);
        return UUID.fromString(as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, subject)
                .body(Map.of("identityCode", code, "firstName", "Aino", "lastName", "Esimerkki",
                        "municipalityCode", municipality, "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(201).extract().<String>path("id"));
    }

    private static List<String> queue(String subject, String role, String municipality) {
        return Paging.collect(cursor -> {
            RequestSpecification request = as(role, Tokens.DEFAULT_ORGANISATION, subject)
                    .queryParam("municipalityCode", municipality).queryParam("limit", 200);
            return (cursor == null ? request : request.queryParam("cursor", cursor)).get("/api/v1/intake/queue");
        }, "clientId", () -> { });
    }

    static Map<String, Object> consent(String purpose, String organisation) {
        return Map.of("parties", List.of(Map.of("organisation", organisation, "name", "Valmennus Oy",
                        "role", "COACHING_PROVIDER")),
                "purpose", purpose, "validFrom", LocalDate.now().minusDays(1).toString(), "givenAs", "SIGNED_FORM");
    }
}
