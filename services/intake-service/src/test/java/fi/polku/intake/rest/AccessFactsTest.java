package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Intake tells the other services which organisations a client's consent opens the data to, and from when it no
 * longer does, by access facts of the access model's contract beside ConsentGranted and ConsentWithdrawn: the
 * organisations' identifiers only, no names or roles, and a withdrawal never backwards.
 */
@QuarkusTest
class AccessFactsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aConsentIsInForceForItsOrganisationsAndAWithdrawalTakesEffectFromItsMoment() {
        UUID client = TestClients.register();
        String consentId = ConsentResourceTest.grant(client);

        JsonNode inForce = fact("AccessConsentInForce", client).path("data");
        assertThat(inForce.path("consentId").asText()).isEqualTo(consentId);
        assertThat(inForce.path("organisations")).extracting(JsonNode::asText)
                .containsExactly("2345678-0", "orimattila", "hyvinvointialue-dev", "orimattila");
        assertThat(inForce.path("purpose").asText()).isEqualTo("SUPPORTED_EMPLOYMENT_COACHING");
        assertThat(inForce.path("validFrom").asText()).isEqualTo(LocalDate.now().minusDays(1).toString());
        assertThat(inForce.path("validUntil").asText()).isEqualTo(LocalDate.now().plusMonths(6).toString());
        assertThat(inForce.toString()).doesNotContain("ValmennusLehto", "COACHING_PROVIDER");

        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).withNano(0);
        as(Roles.INTAKE_WORKER).body(Map.of("withdrawnFrom", from.toString(), "givenAs", "VERBAL"))
                .post("/api/v1/clients/" + client + "/consents/" + consentId + "/withdrawal").then().statusCode(200);
        JsonNode withdrawn = fact("AccessConsentWithdrawn", client).path("data");
        assertThat(withdrawn.path("consentId").asText()).isEqualTo(consentId);
        assertThat(OffsetDateTime.parse(withdrawn.path("effectiveFrom").asText())).isEqualTo(from);
        assertThat(withdrawn.path("organisations")).hasSize(4);
    }

    @Test
    void aWithdrawalStatedForAMomentAlreadyPastTakesEffectWhenItIsRecorded() {
        UUID client = TestClients.register();
        String consentId = ConsentResourceTest.grant(client);
        OffsetDateTime stated = OffsetDateTime.now(ZoneOffset.UTC);
        as(Roles.INTAKE_WORKER).body(Map.of("withdrawnFrom", stated.toString(), "givenAs", "VERBAL"))
                .post("/api/v1/clients/" + client + "/consents/" + consentId + "/withdrawal").then().statusCode(200);

        JsonNode withdrawn = fact("AccessConsentWithdrawn", client).path("data");
        OffsetDateTime effective = OffsetDateTime.parse(withdrawn.path("effectiveFrom").asText());
        assertThat(effective).isAfter(stated)
                .isEqualTo(OffsetDateTime.parse(withdrawn.path("withdrawnAt").asText()));
    }

    private JsonNode fact(String type, UUID client) {
        JsonNode fact = EventLog.event(kafka, Topics.ACCESS_FACTS, type, client, WAIT);
        EventSchemas.assertValid(fact);
        return fact;
    }
}
