package fi.polku.system;

import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.newBusinessId;
import static fi.polku.system.SystemClients.newIdentityCode;
import static fi.polku.system.SystemClients.registerClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.system.PolkuService;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Access ends within seconds in every service when its ground goes: a withdrawn consent stops a provider's coach,
 * removal from the care network stops a professional. The measured times are printed.
 */
@ExtendWith(RunningSystem.class)
class AccessWithdrawalTest {

    private static final Duration WITHDRAWAL_LIMIT = Duration.ofSeconds(10);

    @Test
    void aWithdrawnConsentStopsTheProvidersCoachWithinSecondsAndTheLogShowsEveryAccessBefore() throws Exception {
        String businessId = newBusinessId();
        String providerId = call(PolkuService.COACHING, Roles.COORDINATOR)
                .body(Map.of("name", "ValmennusLehto Oy", "organisationId", businessId, "contract", Map.of(
                        "elyCentre", "Hämeen ELY-keskus", "validFrom", LocalDate.now().minusYears(1).toString(),
                        "validUntil", LocalDate.now().plusYears(1).toString(), "startFee", 400, "guidanceFee", 800,
                        "resultFee", 2000)))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        call(PolkuService.COACHING, Roles.COORDINATOR).body(Map.of("name", "Ville Valmentaja", "fullTimeShare", 1.0))
                .post("/api/v1/providers/" + providerId + "/coaches").then().statusCode(201);
        UUID client = registerClient(newIdentityCode(new ArrayList<>()), "398");
        String consentId = call(PolkuService.INTAKE, Roles.INTAKE_WORKER)
                .body(Map.of("parties", List.of(Map.of("organisation", businessId, "name", "ValmennusLehto Oy",
                                "role", "COACHING_PROVIDER")),
                        "purpose", "SUPPORTED_EMPLOYMENT_COACHING", "validFrom", LocalDate.now().toString(),
                        "givenAs", "SIGNED_FORM"))
                .post("/api/v1/clients/" + client + "/consents").then().statusCode(201).extract().path("id");

        String coach = "ville-valmentaja";
        String episode = await().atMost(Duration.ofSeconds(30)).until(() -> coachOf(businessId, coach)
                .body(Map.of("clientId", client.toString(), "referrerType", "CLIENT_SELF",
                        "reason", "wants supported employment"))
                .post("/api/v1/coaching-episodes").then().extract().path("id"), id -> id != null);
        for (int i = 0; i < 3; i++) {
            coachOf(businessId, coach).get("/api/v1/coaching-episodes/" + episode).then().statusCode(200);
        }

        call(PolkuService.INTAKE, Roles.INTAKE_WORKER).body(Map.of("givenAs", "VERBAL", "reason", "client's wish"))
                .post("/api/v1/clients/" + client + "/consents/" + consentId + "/withdrawal")
                .then().statusCode(200);
        long withdrawnAt = System.nanoTime();
        await().atMost(WITHDRAWAL_LIMIT).pollInterval(Duration.ofMillis(50)).until(() ->
                coachOf(businessId, coach).get("/api/v1/coaching-episodes/" + episode).statusCode() == 403);
        Duration tookEffect = Duration.ofNanos(System.nanoTime() - withdrawnAt);
        System.out.printf("Consent withdrawal took effect in the coaching service after %d ms%n",
                tookEffect.toMillis());

        List<String> coachingLog = accessesInCoaching(client, coach);
        assertThat(coachingLog).contains("ALLOWED refer to coaching", "ALLOWED read coaching episode",
                "DENIED read coaching episode");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> entries = call(PolkuService.INTAKE, Roles.AUDITOR)
                    .queryParam("limit", 200).get("/api/v1/clients/" + client + "/access-log").then().statusCode(200)
                    .extract().jsonPath().getList("items.findAll { it.actorSubject == '" + coach + "' }");
            assertThat(entries.stream().map(e -> e.get("outcome") + " " + e.get("action")).toList())
                    .containsExactlyInAnyOrderElementsOf(coachingLog);
            assertThat(entries).filteredOn(e -> "ALLOWED".equals(e.get("outcome")))
                    .allSatisfy(e -> assertThat(e).containsEntry("service", "coaching")
                            .containsEntry("basis", "CONSENT").containsEntry("disclosedTo", businessId));
        });
    }

    /** A valid business ID (Y-tunnus) no other test uses. */
    @Test
    void removalFromTheCareNetworkTakesEffectInEveryServiceWithinSeconds() {
        UUID client = registerClient(newIdentityCode(new ArrayList<>()), "398");
        await().atMost(Duration.ofSeconds(30)).until(() -> call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .get("/api/v1/clients/" + client + "/case-owner").statusCode() == 200);
        String memberUser = "network-member-" + UUID.randomUUID();
        String member = call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .body(Map.of("name", "Riikka Ohjaaja", "organisation", "Orimattilan työpaja", "userId", memberUser,
                        "role", "REHABILITATIVE_WORK_INSTRUCTOR", "reason", "Instructs the client's rehabilitative work"))
                .post("/api/v1/clients/" + client + "/network").then().statusCode(201).extract().path("id");
        Map<PolkuService, String> clientData = Map.of(
                PolkuService.INTAKE, "/api/v1/clients/" + client,
                PolkuService.CASE_OWNER, "/api/v1/clients/" + client + "/network",
                PolkuService.ASSESSMENT, "/api/v1/clients/" + client + "/investigations");
        clientData.forEach((service, path) -> await().atMost(Duration.ofSeconds(30)).until(() ->
                asMember(service, memberUser).get(path).statusCode() == 200));

        call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .delete("/api/v1/clients/" + client + "/network/" + member + "?reason=moved to another unit")
                .then().statusCode(200);
        long removedAt = System.nanoTime();
        clientData.forEach((service, path) -> {
            await().atMost(WITHDRAWAL_LIMIT).pollInterval(Duration.ofMillis(50)).until(() ->
                    asMember(service, memberUser).get(path).statusCode() == 403);
            System.out.printf("Removal from the care network took effect in %s after at most %d ms%n",
                    service.module(), Duration.ofNanos(System.nanoTime() - removedAt).toMillis());
        });
    }

    private static RequestSpecification asMember(PolkuService service, String subject) {
        return RestAssured.given().baseUri(RunningSystem.system().url(service))
                .auth().oauth2(Tokens.token(Roles.TEAM_MEMBER, Tokens.DEFAULT_ORGANISATION, subject))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static RequestSpecification coachOf(String businessId, String subject) {
        return RestAssured.given().baseUri(RunningSystem.system().url(PolkuService.COACHING))
                .auth().oauth2(Tokens.token(Roles.JOB_COACH, businessId, subject))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static List<String> accessesInCoaching(UUID client, String subject) throws SQLException {
        List<String> accesses = new ArrayList<>();
        try (Connection connection = SystemClients.database(PolkuService.COACHING);
                var query = connection.prepareStatement(
                        "SELECT outcome, action FROM access_log WHERE client_id = ? AND actor_subject = ?")) {
            query.setObject(1, client);
            query.setString(2, subject);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    accesses.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
        }
        return accesses;
    }
}
