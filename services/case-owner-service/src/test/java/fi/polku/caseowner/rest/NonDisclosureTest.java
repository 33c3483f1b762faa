package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.awaitOwner;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.caseowner.rest.Fixtures.validEvent;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Security issue item 15: while a non-disclosure order (turvakielto) holds, "the municipality and contact details are
 * withheld from every other service, event and report (events carry a `nonDisclosure: true` marker and no
 * municipality ...)". Tests: "the events, the reports and the other services' views of such a client contain no
 * municipality".
 */
@QuarkusTest
class NonDisclosureTest {

    private static final String MUNICIPALITY = "935";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aClientRegisteredUnderAnOrderWaitsForACoordinatorAndNoEventNamesAMunicipality() {
        addProfessional("Outi Omatyöntekijä", "SOCIAL_WELFARE_OWN_WORKER", MUNICIPALITY, 50);
        UUID client = UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publish(Topics.INTAKE, "intake", "ClientRegistered", client, Map.of("clientId",
                    client.toString(), "nonDisclosure", true, "ageBand", "30-34", "preferredLanguage", "fi",
                    "temporaryIdentityCode", false, "registeredAt", OffsetDateTime.now().toString()));
        }
        CareRelationshipFixture.inCareOf(client, CareRelationshipFixture.defaultSubject(Roles.CASE_OWNER));
        awaitOwner(client, null);

        JsonNode unavailable = validEvent(kafka, "CaseOwnerUnavailable", client);
        assertThat(unavailable.path("data").path("nonDisclosure").asBoolean()).isTrue();
        assertThat(unavailable.path("data").has("municipalityCode")).isFalse();
        assertThat(unavailable.path("data").path("reasonCode").asText()).isEqualTo("MUNICIPALITY_WITHHELD");
        assertThat(unavailable.toString()).doesNotContain(MUNICIPALITY).doesNotContain("null");
    }

    @Test
    void anOrderRecordedLaterMakesTheCaseOwnersWorkListForgetTheMunicipality() {
        String owner = addProfessional("Oona Omatyöntekijä", "SOCIAL_WELFARE_OWN_WORKER", "936", 50);
        UUID client;
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            client = registerClient(publisher, "936");
            awaitOwner(client, owner);
            assertThat(caseloadEntry(owner, client)).containsEntry("municipalityCode", "936")
                    .containsEntry("nonDisclosure", false);

            publisher.publish(Topics.INTAKE, "intake", "ClientDetailsChanged", client, Map.of("clientId",
                    client.toString(), "nonDisclosure", true, "preferredLanguage", "fi",
                    "changedAt", OffsetDateTime.now().toString()));
        }
        UUID changed = client;
        await().atMost(Fixtures.WAIT).untilAsserted(() -> assertThat(caseloadEntry(owner, changed))
                .containsEntry("nonDisclosure", true).containsEntry("municipalityCode", null));
    }

    private static Map<String, Object> caseloadEntry(String professionalId, UUID client) {
        return as(Roles.COORDINATOR).queryParam("limit", 200).get("/api/v1/professionals/" + professionalId
                + "/caseload").then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.clientId == '" + client + "' }");
    }
}
