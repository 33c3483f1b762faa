package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferralAndInterviewResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    static Map<String, Object> referral() {
        return new HashMap<>(Map.of("channel", "COOPERATION_NETWORK", "referringParty", "KELA",
                "referrerOrganisation", "0246246-0",
                "referrerContact", Map.of("name", "Kaisa Kela", "phone", "+358201234567", "email", "kaisa@kela.example"),
                "reason", "Long sickness allowance period ending"));
    }

    @Test
    void recordsAReferralAndEmitsReferralReceivedWithoutTheContactDetails() {
        UUID client = TestClients.register();
        String location = as(Roles.INTAKE_WORKER).body(referral()).post("/api/v1/clients/" + client + "/referrals")
                .then().statusCode(201)
                .body("channel", equalTo("COOPERATION_NETWORK")).body("referringParty", equalTo("KELA"))
                .body("referrerContact.email", equalTo("kaisa@kela.example"))
                .extract().header("Location");
        as(Roles.CASE_OWNER).get(location).then().statusCode(200).body("referrerOrganisation", equalTo("0246246-0"));

        JsonNode event = EventLog.event(kafka, Topics.INTAKE, "ReferralReceived", client, Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("data").path("referringParty").asText()).isEqualTo("KELA");
        assertThat(event.toString()).doesNotContain("Kaisa").doesNotContain("kaisa@kela.example")
                .doesNotContain("+358201234567").doesNotContain("Samuli");
    }

    @Test
    void aClientWhoCameOnTheirOwnIsASelfReferral() {
        UUID client = TestClients.register();
        OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).withSecond(17).withNano(0);
        as(Roles.INTAKE_WORKER).body(Map.of("channel", "SELF_CONTACT", "reason", "Wants to find work",
                        "receivedAt", received.toString()))
                .post("/api/v1/clients/" + client + "/referrals").then().statusCode(201)
                .body("referringParty", equalTo("SELF_REFERRAL")).body("receivedAt", equalTo(received.toString()));
        JsonNode event = EventLog.event(kafka, Topics.INTAKE, "ReferralReceived", client, Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("data").path("referringParty").asText()).isEqualTo("SELF_REFERRAL");
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/referrals").then().body("items", hasSize(1));
    }

    @Test
    void invalidContactDetailsEnumsAndCombinationsAreRejectedAndNothingIsWritten() {
        UUID client = TestClients.register();
        Map<String, Object> request = referral();
        request.put("referrerContact", Map.of("phone", "call me", "email", "not-an-address"));
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("referrerContact.email", "referrerContact.phone"));
        request = referral();
        request.put("referringParty", "NEIGHBOUR");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/referrals")
                .then().statusCode(400).body("violations[0].field", equalTo("referringParty"));
        request = referral();
        request.put("channel", "CARRIER_PIGEON");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/referrals")
                .then().statusCode(400).body("violations[0].field", equalTo("channel"));
        request = referral();
        request.remove("referringParty");
        request.put("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString());
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/referrals")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("referringParty", "receivedAt"));
        request = referral();
        request.put("referrerOrganisation", "Kela");
        as(Roles.INTAKE_WORKER).body(request).post("/api/v1/clients/" + client + "/referrals")
                .then().statusCode(400).body("violations[0].field", equalTo("referrerOrganisation"));
        as(Roles.INTAKE_WORKER).body(Map.of("channel", "SELF_CONTACT", "referringParty", "KELA", "reason", "x"))
                .post("/api/v1/clients/" + client + "/referrals")
                .then().statusCode(400).body("violations[0].field", equalTo("referringParty"));
        as(Roles.INTAKE_WORKER).body(Map.of("channel", "COOPERATION_NETWORK", "referringParty", "SELF_REFERRAL",
                        "reason", "x"))
                .post("/api/v1/clients/" + client + "/referrals")
                .then().statusCode(400).body("violations[0].field", equalTo("referringParty"));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/referrals").then().body("items", hasSize(0));
    }

    @Test
    void recordsAnInitialInterviewWithTheClientsOwnGoal() {
        UUID client = TestClients.register();
        Map<String, Object> interview = Map.of("interviewDate", LocalDate.now().toString(),
                "professionalName", "Olli Ohjaaja", "topics", List.of("SERVICE_GUIDANCE", "BENEFITS_COUNSELLING"),
                "summary", "Discussed the service package and benefits", "clientGoal", "Haluan töihin kahvilaan");
        CareRelationshipFixture.inCareOf(client, "olli");
        String location = as(Roles.INTAKE_WORKER, "hyvinvointialue-dev", "olli").body(interview)
                .post("/api/v1/clients/" + client + "/initial-interviews").then().statusCode(201)
                .body("topics", contains("SERVICE_GUIDANCE", "BENEFITS_COUNSELLING"))
                .body("professionalOrganisation", equalTo("hyvinvointialue-dev"))
                .body("clientGoal", equalTo("Haluan töihin kahvilaan"))
                .body("recordedBy", equalTo("olli"))
                .extract().header("Location");
        as(Roles.CASE_OWNER).get(location).then().statusCode(200).body("professionalName", equalTo("Olli Ohjaaja"));
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + client + "/initial-interviews").then().body("items", hasSize(1));
    }

    /**
     * Seed 004, the intake (alkupalvelu) of the service model: "KONSULTOINTI • vastinparityöskentely". The interview
     * records that it was held as pair work and with whom, by login subject and organisation.
     */
    @Test
    void anInitialInterviewHeldAsPairWorkRecordsThePartner() {
        UUID client = clientOfOlli();
        Map<String, Object> interview = pairWorkInterview("sanna-sosiaalityo");
        String location = as(Roles.INTAKE_WORKER, "hyvinvointialue-dev", "olli").body(interview)
                .post("/api/v1/clients/" + client + "/initial-interviews").then().statusCode(201)
                .body("pairWork", equalTo(true))
                .body("pairWorkPartnerUserId", equalTo("sanna-sosiaalityo"))
                .body("pairWorkPartnerOrganisation", equalTo("hyvinvointialue-dev"))
                .extract().header("Location");
        as(Roles.CASE_OWNER).get(location).then().statusCode(200).body("pairWork", equalTo(true));

        interview.remove("pairWorkPartnerUserId");
        as(Roles.INTAKE_WORKER, "hyvinvointialue-dev", "olli").body(interview)
                .post("/api/v1/clients/" + client + "/initial-interviews").then().statusCode(201)
                .body("pairWork", equalTo(false))
                .body("pairWorkPartnerUserId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void pairWorkIsWithAnotherProfessionalAndItsOrganisationComesOnlyWithThePartner() {
        UUID client = clientOfOlli();
        Map<String, Object> interview = pairWorkInterview("olli");
        as(Roles.INTAKE_WORKER, "hyvinvointialue-dev", "olli").body(interview)
                .post("/api/v1/clients/" + client + "/initial-interviews").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("pairWorkPartnerUserId"));
        interview.remove("pairWorkPartnerUserId");
        interview.put("pairWorkPartnerOrganisation", "0112038-9");
        as(Roles.INTAKE_WORKER, "hyvinvointialue-dev", "olli").body(interview)
                .post("/api/v1/clients/" + client + "/initial-interviews").then().statusCode(400)
                .body("violations[0].field", equalTo("pairWorkPartnerOrganisation"));
        interview.put("pairWorkPartnerUserId", "sanna");
        interview.put("pairWorkPartnerOrganisation", "Not An Org");
        as(Roles.INTAKE_WORKER, "hyvinvointialue-dev", "olli").body(interview)
                .post("/api/v1/clients/" + client + "/initial-interviews").then().statusCode(400)
                .body("violations.field", hasItem("pairWorkPartnerOrganisation"));
        as(Roles.INTAKE_WORKER, "hyvinvointialue-dev", "olli").get("/api/v1/clients/" + client + "/initial-interviews")
                .then().body("items", hasSize(0));
    }

    private static UUID clientOfOlli() {
        UUID client = TestClients.register();
        CareRelationshipFixture.inCareOf(client, "olli");
        return client;
    }

    private static Map<String, Object> pairWorkInterview(String partner) {
        return new HashMap<>(Map.of("interviewDate", LocalDate.now().toString(), "professionalName", "Olli Ohjaaja",
                "topics", List.of("SERVICE_GUIDANCE"), "summary", "s", "clientGoal", "g",
                "pairWorkPartnerUserId", partner));
    }

    @Test
    void anInitialInterviewNeedsKnownTopicsAndCannotBeInTheFuture() {
        UUID client = TestClients.register();
        Map<String, Object> interview = new HashMap<>(Map.of("interviewDate", LocalDate.now().toString(),
                "professionalName", "Olli Ohjaaja", "topics", List.of("ASTROLOGY"), "summary", "s", "clientGoal", "g"));
        as(Roles.INTAKE_WORKER).body(interview).post("/api/v1/clients/" + client + "/initial-interviews")
                .then().statusCode(400).body("violations[0].field", equalTo("topics[0]"));
        interview.put("topics", List.of());
        interview.remove("clientGoal");
        as(Roles.INTAKE_WORKER).body(interview).post("/api/v1/clients/" + client + "/initial-interviews")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("clientGoal", "topics"));
        interview.put("topics", List.of("ADVICE_AND_GUIDANCE"));
        interview.put("clientGoal", "g");
        interview.put("interviewDate", LocalDate.now().plusDays(3).toString());
        as(Roles.INTAKE_WORKER).body(interview).post("/api/v1/clients/" + client + "/initial-interviews")
                .then().statusCode(400).body("violations[0].field", equalTo("interviewDate"));
        as(Roles.INTAKE_WORKER).get("/api/v1/clients/" + client + "/initial-interviews").then()
                .body("items", hasSize(0));
    }

    @AfterAll
    static void noIdentityCodeInTheLogs() {
        TestClients.assertNoIdentityCodeInTheLogs();
    }
}
