package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.professional;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The security issue's items for the care network, each reproducing the attack first: a coordinator adding
 * themselves to a client's care network to read the client's records (item 2).
 */
@QuarkusTest
class SecurityHardeningTest {

    private static final String REASON = "Rehabilitative work instructor of the client from next week";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void nobodyAddsThemselvesToACareNetworkAndAMemberWithAUserIdNeedsAReasonLoggedAsItsOwnAction()
            throws SQLException {
        UUID client = knownClient("853");
        String network = "/api/v1/clients/" + client + "/network";
        String coordinator = "coordinator-" + UUID.randomUUID();
        Map<String, Object> herself = Map.of("name", "Kaisa Koordinaattori", "organisation", "Hyvinvointialue",
                "userId", coordinator, "role", "OWN_WORKER", "reason", REASON);
        as(Roles.COORDINATOR, Tokens.DEFAULT_ORGANISATION, coordinator).body(herself).post(network).then()
                .statusCode(403).contentType("application/problem+json");
        Map<String, Object> registered = professional("Kaisa Koordinaattori", "SOCIAL_WELFARE_OWN_WORKER", "092", 5);
        registered.put("userId", coordinator);
        String herProfessionalId = addProfessional(registered);
        as(Roles.COORDINATOR, Tokens.DEFAULT_ORGANISATION, coordinator)
                .body(Map.of("professionalId", herProfessionalId, "role", "OWN_WORKER", "reason", REASON))
                .post(network).then().statusCode(403);
        as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, coordinator).get("/api/v1/clients/" + client
                + "/service-starts").then().statusCode(403);
        as(Roles.COORDINATOR).get(network).then().statusCode(200).body("items.userId", not(hasItem(coordinator)));
        assertThat(actions(client, coordinator)).contains("DENIED add themselves to the care network");

        String instructor = "instructor-" + UUID.randomUUID();
        as(Roles.COORDINATOR).body(Map.of("name", "Riikka Ohjaaja", "organisation", "Työpaja", "userId", instructor,
                "role", "REHABILITATIVE_WORK_INSTRUCTOR")).post(network).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        as(Roles.COORDINATOR).body(Map.of("name", "Riikka Ohjaaja", "organisation", "Työpaja", "userId", instructor,
                "role", "REHABILITATIVE_WORK_INSTRUCTOR", "reason", REASON)).post(network).then().statusCode(201)
                .body("userId", equalTo(instructor));
        as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, instructor).get("/api/v1/clients/" + client
                + "/service-starts").then().statusCode(200);
        assertThat(actions(client, fi.polku.testkit.CareRelationshipFixture.defaultSubject(Roles.COORDINATOR)))
                .contains("ALLOWED gave user " + instructor + " access as a care network member");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT access_reason FROM care_network_member WHERE client_id = ? AND user_id = ?")) {
            statement.setObject(1, client);
            statement.setString(2, instructor);
            ResultSet row = statement.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(REASON);
        }
        as(Roles.COORDINATOR).body(Map.of("name", "Ville Vapaaehtoinen", "organisation", "Yhdistys",
                "role", "OTHER")).post(network).then().statusCode(201);
    }

    private List<String> actions(UUID client, String subject) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT outcome, action FROM access_log WHERE client_id = ? AND actor_subject = ?")) {
            statement.setObject(1, client);
            statement.setString(2, subject);
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                actions.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return actions;
    }

    private UUID knownClient(String municipality) {
        UUID client;
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            client = registerClient(publisher, municipality);
        }
        UUID known = client;
        await().atMost(Duration.ofSeconds(90)).until(() -> as(Roles.COORDINATOR)
                .get("/api/v1/clients/" + known + "/case-owner").statusCode() == 200);
        return client;
    }
}
