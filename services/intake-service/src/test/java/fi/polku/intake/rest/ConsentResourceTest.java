package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventSchemas;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConsentResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    AgroalDataSource dataSource;

    /** The parties of the pilot's consent form (seed 003, LIITE 2). */
    static Map<String, Object> consent() {
        return new HashMap<>(Map.of(
                "parties", List.of(
                        Map.of("organisation", "2345678-0", "name", "ValmennusLehto Oy", "role", "COACHING_PROVIDER"),
                        Map.of("organisation", "orimattila", "name", "Orimattilan työllisyyspalvelut, omavalmentaja",
                                "role", "EMPLOYMENT_SERVICES_OWN_COACH"),
                        Map.of("organisation", "hyvinvointialue-dev", "name", "Työikäisten palvelut, omatyöntekijä",
                                "role", "SOCIAL_WELFARE_OWN_WORKER"),
                        Map.of("organisation", "orimattila", "name", "Orimattilan työpaja, kuntouttava työtoiminta",
                                "role", "REHABILITATIVE_WORK_ACTIVITY_WORKSHOP")),
                "purpose", "SUPPORTED_EMPLOYMENT_COACHING",
                "purposeDescription", "tarpeellisten tietojen vaihtaminen työhönvalmennuksessa",
                "validFrom", LocalDate.now().minusDays(1).toString(),
                "validUntil", LocalDate.now().plusMonths(6).toString(),
                "givenAs", "SIGNED_FORM"));
    }

    static String grant(UUID client) {
        return as(Roles.INTAKE_WORKER).body(consent()).post("/api/v1/clients/" + client + "/consents")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void recordsAConsentWithPartiesPurposeValidityAndWhoRecordedItAndEmitsConsentGranted() {
        UUID client = TestClients.register();
        CareRelationshipFixture.inCareOf(client, "anna-intake");
        String location = as(Roles.INTAKE_WORKER, "hyvinvointialue-dev", "anna-intake").body(consent())
                .post("/api/v1/clients/" + client + "/consents").then().statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("parties", hasSize(4))
                .body("parties[0].role", equalTo("COACHING_PROVIDER"))
                .body("givenAs", equalTo("SIGNED_FORM"))
                .body("recordedBy", equalTo("anna-intake"))
                .body("recordedByOrganisation", equalTo("hyvinvointialue-dev"))
                .body("withdrawal", nullValue())
                .extract().header("Location");
        as(Roles.JOB_COACH).get(location).then().statusCode(200).body("purpose",
                equalTo("SUPPORTED_EMPLOYMENT_COACHING"));

        JsonNode event = EventLog.event(kafka, Topics.INTAKE, "ConsentGranted", client, Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        JsonNode data = event.path("data");
        assertThat(data.path("parties").get(0).path("organisation").asText()).isEqualTo("2345678-0");
        assertThat(data.path("parties").get(0).path("role").asText()).isEqualTo("COACHING_PROVIDER");
        assertThat(data.path("purpose").asText()).isEqualTo("SUPPORTED_EMPLOYMENT_COACHING");
        assertThat(data.path("validUntil").asText()).isEqualTo(LocalDate.now().plusMonths(6).toString());
        assertThat(event.toString()).doesNotContain("Samuli").doesNotContain("Esimerkki");
    }

    @Test
    void aWithdrawnConsentKeepsItsHistoryAndCannotBeWithdrawnTwice() throws Exception {
        UUID client = TestClients.register();
        String consentId = grant(client);
        String granted = rowOf(consentId);
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).withSecond(17).withNano(0);

        as(Roles.CASE_OWNER).body(Map.of("withdrawnFrom", from.toString(), "givenAs", "VERBAL",
                        "reason", "does not want the provider to see the data"))
                .post("/api/v1/clients/" + client + "/consents/" + consentId + "/withdrawal")
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("withdrawal.givenAs", equalTo("VERBAL"))
                .body("withdrawal.withdrawnFrom", equalTo(from.toString()));

        long outbox = count("outbox_event");
        as(Roles.INTAKE_WORKER).body(Map.of("givenAs", "ELECTRONIC"))
                .post("/api/v1/clients/" + client + "/consents/" + consentId + "/withdrawal")
                .then().statusCode(409).contentType("application/problem+json")
                .body("withdrawnFrom", equalTo(from.toString()));
        assertThat(count("outbox_event")).isEqualTo(outbox);

        assertThat(rowOf(consentId)).isEqualTo(granted);
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/consents").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].withdrawal.withdrawnFrom", equalTo(from.toString()))
                .body("items[0].validFrom", equalTo(LocalDate.now().minusDays(1).toString()));

        JsonNode event = EventLog.event(kafka, Topics.INTAKE, "ConsentWithdrawn", client, Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("data").path("consentId").asText()).isEqualTo(consentId);
        assertThat(OffsetDateTime.parse(event.path("data").path("withdrawnFrom").asText())).isEqualTo(from);
        assertThat(event.path("data").path("parties")).hasSize(4);
        assertThat(EventLog.events(kafka, Topics.INTAKE, EventLog.ofType("ConsentWithdrawn", client), 2,
                Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void aWithdrawalFromNowEndsTheConsentAndTheDatabaseRefusesToRewriteIt() throws Exception {
        UUID client = TestClients.register();
        String consentId = grant(client);
        as(Roles.INTAKE_WORKER).body(Map.of("givenAs", "ELECTRONIC"))
                .post("/api/v1/clients/" + client + "/consents/" + consentId + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE consent SET purpose = 'SERVICE_COORDINATION' WHERE id = '" + consentId + "'"))
                    .hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate(
                    "DELETE FROM consent_withdrawal WHERE consent_id = '" + consentId + "'"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void aWithdrawalCannotPrecedeTheConsentAndAnUnknownConsentIs404() {
        UUID client = TestClients.register();
        String consentId = grant(client);
        as(Roles.INTAKE_WORKER).body(Map.of("givenAs", "VERBAL", "withdrawnFrom", "2020-01-01T00:00:00Z"))
                .post("/api/v1/clients/" + client + "/consents/" + consentId + "/withdrawal")
                .then().statusCode(422).body("violations[0].field", equalTo("withdrawnFrom"));
        as(Roles.INTAKE_WORKER).body(Map.of("givenAs", "SHOUTED"))
                .post("/api/v1/clients/" + client + "/consents/" + consentId + "/withdrawal")
                .then().statusCode(400).body("violations[0].field", equalTo("givenAs"));
        as(Roles.INTAKE_WORKER).body(Map.of("givenAs", "VERBAL"))
                .post("/api/v1/clients/" + client + "/consents/" + UUID.randomUUID() + "/withdrawal")
                .then().statusCode(404);
        UUID otherClient = TestClients.register();
        as(Roles.INTAKE_WORKER).body(Map.of("givenAs", "VERBAL"))
                .post("/api/v1/clients/" + otherClient + "/consents/" + consentId + "/withdrawal")
                .then().statusCode(404);
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/consents/" + consentId)
                .then().body("withdrawal", nullValue()).body("status", equalTo("ACTIVE"));
    }

    /**
     * LIITE 2, "Suostumuksen sisältö": "Ymmärrän, että työhönvalmennuksen pilottijaksoon osallistuminen on minulle
     * vapaaehtoista ja olen saanut riittävästi tietoa työhönvalmennuksen sisällöstä ja mahdollisuuksista", then
     * "Päivämäärä ja paikka". The consent records the statements, when and where it was given, and who recorded it.
     */
    @Test
    void aConsentRecordsTheFormsStatementsAndWhenAndWhereItWasGiven() {
        UUID client = TestClients.register();
        CareRelationshipFixture.inCareOf(client, "anna-intake");
        Map<String, Object> request = consent();
        request.putAll(Map.of("clientInformed", true, "participationVoluntary", true,
                "givenOn", LocalDate.now().minusDays(1).toString(), "givenAtPlace", "Orimattila"));
        String location = as(Roles.INTAKE_WORKER, "hyvinvointialue-dev", "anna-intake").body(request)
                .post("/api/v1/clients/" + client + "/consents").then().statusCode(201)
                .extract().header("Location");
        as(Roles.INTAKE_WORKER, "hyvinvointialue-dev", "anna-intake").get(location).then().statusCode(200)
                .body("clientInformed", equalTo(true)).body("participationVoluntary", equalTo(true))
                .body("givenOn", equalTo(LocalDate.now().minusDays(1).toString()))
                .body("givenAtPlace", equalTo("Orimattila")).body("recordedBy", equalTo("anna-intake"))
                .body("recordedByOrganisation", equalTo("hyvinvointialue-dev"));

        String earlier = grant(client);
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/consents/" + earlier).then().statusCode(200)
                .body("clientInformed", nullValue()).body("givenAtPlace", nullValue());
    }

    @Test
    void aConsentPrintsAsTheFormInFinnishAndSwedish() {
        UUID client = TestClients.register();
        Map<String, Object> request = consent();
        request.putAll(Map.of("clientInformed", true, "participationVoluntary", true,
                "givenOn", "2026-03-02", "givenAtPlace", "Orimattila <toimisto>"));
        String id = as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/consents")
                .then().statusCode(201).extract().path("id");
        String consent = "/api/v1/clients/" + client + "/consents/" + id;

        String finnish = as(Roles.INTAKE_WORKER).accept("text/html").get(consent).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/html")).extract().asString();
        assertThat(finnish).contains("<html lang=\"fi\"", "Suostumus", "vapaaehtoista",
                "ValmennusLehto Oy (2345678-0)", "Päivämäärä ja paikka: 2.3.2026 Orimattila &lt;toimisto&gt;",
                "Osallistujan allekirjoitus").doesNotContain("<toimisto>");
        String swedish = as(Roles.INTAKE_WORKER).accept("text/html").queryParam("lang", "sv").get(consent).then()
                .statusCode(200).extract().asString();
        assertThat(swedish).contains("<html lang=\"sv\"", "Samtycke", "frivilligt", "Datum och plats",
                "Deltagarens underskrift");
        as(Roles.INTAKE_WORKER).accept("text/html").queryParam("lang", "en").get(consent).then().statusCode(400);
    }

    @Test
    void aConsentWithoutTheFormsStatementsTrueOrGivenInTheFutureIsRefusedNamingTheField() {
        UUID client = TestClients.register();
        Map<String, Object> request = consent();
        request.put("participationVoluntary", false);
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/consents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("participationVoluntary"));
        request = consent();
        request.put("clientInformed", false);
        request.put("givenOn", LocalDate.now().plusDays(2).toString());
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/consents")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("clientInformed", "givenOn"));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/consents").then().body("items", hasSize(0));
    }

    @Test
    void invalidPartiesRolesPurposesAndPeriodsAreRejectedNamingTheField() {
        UUID client = TestClients.register();
        Map<String, Object> request = consent();
        request.put("parties", List.of(Map.of("organisation", "2345678-1", "name", "Wrong check digit Oy",
                "role", "COACHING_PROVIDER")));
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/consents")
                .then().statusCode(400).body("violations[0].field", equalTo("parties[0].organisation"));
        request.put("parties", List.of(Map.of("organisation", "2345678-0", "name", "X", "role", "FRIEND")));
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/consents")
                .then().statusCode(400).body("violations[0].field", equalTo("parties[0].role"));
        request = consent();
        request.put("purpose", "MARKETING");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/consents")
                .then().statusCode(400).body("violations[0].field", equalTo("purpose"));
        request = consent();
        request.put("validUntil", LocalDate.now().minusDays(5).toString());
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/consents")
                .then().statusCode(400).body("violations[0].field", equalTo("validUntil"));
        request = consent();
        request.put("parties", List.of());
        request.remove("givenAs");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/consents")
                .then().statusCode(400).body("violations.field", hasItem("parties"))
                .body("violations.field", hasItem("givenAs"));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/consents").then().body("items", hasSize(0));
        as(Roles.ANALYST).get("/api/v1/clients/" + client + "/consents").then().statusCode(403);
    }

    private String rowOf(String consentId) throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT c::text, (SELECT string_agg(p::text, ';' ORDER BY "
                     + "position) FROM consent_party p WHERE p.consent_id = c.id) FROM consent c WHERE id = ?")) {
            statement.setObject(1, UUID.fromString(consentId));
            var row = statement.executeQuery();
            assertThat(row.next()).isTrue();
            return row.getString(1) + "|" + row.getString(2);
        }
    }

    private long count(String table) throws Exception {
        try (var connection = dataSource.getConnection();
             var result = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    @AfterAll
    static void noIdentityCodeInTheLogs() {
        TestClients.assertNoIdentityCodeInTheLogs();
    }
}
