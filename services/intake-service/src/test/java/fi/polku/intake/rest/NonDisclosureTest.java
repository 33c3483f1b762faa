package fi.polku.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.Api;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventSchemas;
import fi.polku.testkit.TestIdentityCodes;
import fi.polku.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Security issue item 15: "A person may have a non-disclosure order for personal safety (turvakielto, Population
 * Information System). Intake records it (from the register, or when the client tells); while it holds, the
 * municipality and contact details are withheld from every other service, event and report (events carry a
 * `nonDisclosure: true` marker and no municipality ...), the client record shows it prominently, and every read of
 * such a client's details is logged with the reason."
 */
@QuarkusTest
class NonDisclosureTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void anOrderFromTheRegisterAtRegistrationKeepsTheMunicipalityOutOfTheEvent() {
        String worker = "intake-" + UUID.randomUUID();
        UUID client = UUID.fromString(Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, worker)
                .body(Map.of("identityCode", TestIdentityCodes.random(), "firstName", "Tuula", "lastName",
                        "Esimerkki", "municipalityCode", "398", "preferredLanguage", "fi", "phone", "+358401234567",
                        "nonDisclosureSource", "POPULATION_REGISTER"))
                .post("/api/v1/clients").then().statusCode(201)
                .body("nonDisclosure", equalTo(true))
                .body("nonDisclosureOrder.source", equalTo("POPULATION_REGISTER"))
                .body("nonDisclosureOrder.recordedBy", equalTo(worker))
                .body("municipalityCode", equalTo("398"))
                .extract().<String>path("id"));

        JsonNode registered = EventLog.event(kafka, Topics.INTAKE, "ClientRegistered", client, Duration.ofSeconds(20));
        EventSchemas.assertValid(registered);
        assertThat(registered.path("data").path("nonDisclosure").asBoolean()).isTrue();
        assertThat(registered.path("data").has("municipalityCode")).isFalse();
        // as a value: the bare digits may stand in a timestamp's fraction of a second or an id
        assertThat(registered.toString()).doesNotContain("\"398\"").doesNotContain("358401234567");
    }

    @Test
    void anOrderTheClientTellsOfLaterMakesOtherServicesForgetTheMunicipalityUntilItEnds() {
        String worker = "intake-" + UUID.randomUUID();
        UUID client = UUID.fromString(Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, worker)
                .body(Map.of("identityCode", TestIdentityCodes.random(), "firstName", "Toivo", "lastName",
                        "Esimerkki", "municipalityCode", "398", "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(201).body("nonDisclosure", equalTo(false))
                .body("nonDisclosureOrder", nullValue()).extract().<String>path("id"));
        String path = "/api/v1/clients/" + client + "/non-disclosure";
        Api.as(Roles.CASE_OWNER).body(Map.of("source", "CLIENT_TOLD")).put(path).then().statusCode(403);
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, "stranger-" + UUID.randomUUID())
                .body(Map.of("source", "CLIENT_TOLD")).put(path).then().statusCode(403);

        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, worker).body(Map.of("source", "CLIENT_TOLD"))
                .put(path).then().statusCode(200).body("nonDisclosure", equalTo(true))
                .body("nonDisclosureOrder.source", equalTo("CLIENT_TOLD"));
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, worker).body(Map.of("source", "POPULATION_REGISTER"))
                .put(path).then().statusCode(200).body("nonDisclosureOrder.source", equalTo("CLIENT_TOLD"));
        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, worker).get("/api/v1/clients/" + client).then()
                .statusCode(200).body("nonDisclosure", equalTo(true));

        List<JsonNode> changes = EventLog.events(kafka, Topics.INTAKE, EventLog.ofType("ClientDetailsChanged", client),
                1, Duration.ofSeconds(20));
        assertThat(changes).hasSize(1);
        EventSchemas.assertValid(changes.get(0));
        assertThat(changes.get(0).path("data").path("nonDisclosure").asBoolean()).isTrue();
        assertThat(changes.get(0).path("data").has("municipalityCode")).isFalse();

        List<Map<String, Object>> log = Api.as(Roles.AUDITOR).queryParam("limit", 200)
                .get("/api/v1/clients/" + client + "/access-log").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.actorSubject == '" + worker + "' && it.outcome == 'ALLOWED' }");
        assertThat(log).extracting(entry -> entry.get("action"))
                .contains("recorded a non-disclosure order", "read client details under a non-disclosure order");

        Api.as(Roles.INTAKE_WORKER, Tokens.DEFAULT_ORGANISATION, worker).delete(path).then().statusCode(200)
                .body("nonDisclosure", equalTo(false));
        List<JsonNode> after = EventLog.events(kafka, Topics.INTAKE, EventLog.ofType("ClientDetailsChanged", client),
                2, Duration.ofSeconds(20));
        assertThat(after).hasSize(2);
        EventSchemas.assertValid(after.get(1));
        assertThat(after.get(1).path("data").path("municipalityCode").asText()).isEqualTo("398");
        assertThat(after.get(1).path("data").path("nonDisclosure").asBoolean()).isFalse();
    }
}
