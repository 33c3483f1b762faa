package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** An emergency access ends by itself when its time is up (here configured to three seconds). */
@QuarkusTest
@TestProfile(EmergencyAccessExpiryTest.ShortEmergencyAccess.class)
class EmergencyAccessExpiryTest {

    public static class ShortEmergencyAccess implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("polku.access.emergency-duration", "PT3S");
        }
    }

    @Test
    void emergencyAccessExpiresAfterItsTime() {
        UUID client = TestClients.register();
        as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, "on-call-" + client).get("/api/v1/clients/" + client)
                .then().statusCode(403);

        ExtractableResponse<Response> granted = as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, "on-call-" + client)
                .body(Map.of("reason", "Client in crisis at the reception, case owner unreachable"))
                .post("/api/v1/clients/" + client + "/emergency-access").then().statusCode(201).extract();
        OffsetDateTime grantedAt = OffsetDateTime.parse(granted.path("grantedAt"));
        OffsetDateTime expiresAt = OffsetDateTime.parse(granted.path("expiresAt"));
        assertThat(Duration.between(grantedAt, expiresAt)).isEqualTo(Duration.ofSeconds(3));

        as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, "on-call-" + client).get("/api/v1/clients/" + client)
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, "on-call-" + client)
                        .get("/api/v1/clients/" + client).statusCode() == 403);
        assertThat(OffsetDateTime.now()).isAfterOrEqualTo(expiresAt);
    }
}
