package fi.polku.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The access-control matrix of issue "access control", for one endpoint family of a service: no token gives 401; a
 * role the endpoint does not take gives 403; the right role without a care relationship, consent or emergency
 * access gives 403 and a DENIED entry in the access log; and each of the three, arranged through the real events
 * and API, lets the caller in with an ALLOWED entry naming that basis.
 */
public final class AccessMatrix {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    private final String family;
    private final Function<RequestSpecification, Response> call;
    private final UUID clientId;
    private final String role;
    private final String wrongRole;
    private final String consentPurpose;
    private final DataSource database;
    private final String bootstrapServers;

    /**
     * @param call the request, given a caller; expected to succeed (2xx) for a caller who may see {@code clientId}
     * @param role a role the endpoint takes; it is also the role of the emergency access taker, so a county role
     * @param consentPurpose the purpose of a consent that opens this service's data to a named organisation
     */
    public AccessMatrix(String family, Function<RequestSpecification, Response> call, UUID clientId, String role,
            String wrongRole, String consentPurpose, DataSource database, String bootstrapServers) {
        this.family = family;
        this.call = call;
        this.clientId = clientId;
        this.role = role;
        this.wrongRole = wrongRole;
        this.consentPurpose = consentPurpose;
        this.database = database;
        this.bootstrapServers = bootstrapServers;
    }

    public void verify() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        assertThat(call.apply(Api.anonymous()).statusCode()).as(family + ": no token").isEqualTo(401);
        assertThat(call.apply(Api.as(wrongRole, Tokens.DEFAULT_ORGANISATION, "wrong-role-" + run)).statusCode())
                .as(family + ": wrong role").isEqualTo(403);

        String stranger = "stranger-" + run;
        Response refused = call.apply(Api.as(role, Tokens.DEFAULT_ORGANISATION, stranger));
        assertThat(refused.statusCode()).as(family + ": no relationship, consent or emergency access").isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(logged(stranger, "DENIED", null)).as(family + ": the refusal is logged").isPositive();

        String member = "network-member-" + run;
        careNetworkMember(member);
        allowedAfterPropagation(Api.as(role, Tokens.DEFAULT_ORGANISATION, member), member, "CARE_RELATIONSHIP");

        String partner = "partner-org-" + run;
        String partnerWorker = "partner-worker-" + run;
        consentFor(partner);
        allowedAfterPropagation(Api.as(role, partner, partnerWorker), partnerWorker, "CONSENT");

        String onCall = "on-call-" + run;
        Api.as(role, Tokens.DEFAULT_ORGANISATION, onCall)
                .body(Map.of("reason", "Client in crisis at the reception, case owner unreachable"))
                .post("/api/v1/clients/" + clientId + "/emergency-access")
                .then().statusCode(201);
        allowedAfterPropagation(Api.as(role, Tokens.DEFAULT_ORGANISATION, onCall), onCall, "EMERGENCY_ACCESS");
    }

    private void allowedAfterPropagation(RequestSpecification caller, String subject, String basis) {
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(call.apply(caller).statusCode()).as(family + " with " + basis).isBetween(200, 299));
        assertThat(logged(subject, "ALLOWED", basis)).as(family + ": logged with basis " + basis).isPositive();
    }

    private void careNetworkMember(String userId) {
        try (EventPublisher publisher = new EventPublisher(bootstrapServers)) {
            AccessFactEvents.careNetworkMember(publisher, clientId, userId);
        }
    }

    private void consentFor(String organisation) {
        try (EventPublisher publisher = new EventPublisher(bootstrapServers)) {
            AccessFactEvents.consentInForce(publisher, clientId, UUID.randomUUID(), List.of(organisation),
                    consentPurpose, LocalDate.now().minusDays(1), null);
        }
    }

    private long logged(String subject, String outcome, String basis) {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT count(*) FROM access_log WHERE client_id = ? AND actor_subject = ? AND outcome = ?
                           AND basis IS NOT DISTINCT FROM ?""")) {
            query.setObject(1, clientId);
            query.setString(2, subject);
            query.setString(3, outcome);
            query.setString(4, basis);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
