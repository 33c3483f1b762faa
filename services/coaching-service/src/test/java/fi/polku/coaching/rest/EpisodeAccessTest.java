package fi.polku.coaching.rest;

import static fi.polku.coaching.rest.Coaching.addCoach;
import static fi.polku.coaching.rest.Coaching.awaitStatus;
import static fi.polku.coaching.rest.Coaching.coachOf;
import static fi.polku.coaching.rest.Coaching.createProvider;
import static fi.polku.coaching.rest.Coaching.grantConsent;
import static fi.polku.coaching.rest.Coaching.newBusinessId;
import static fi.polku.coaching.rest.Coaching.refer;
import static fi.polku.coaching.rest.Coaching.withdrawConsent;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EpisodeAccessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    EventPublisher publisher;

    @BeforeEach
    void connect() {
        publisher = new EventPublisher(kafka);
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    @Test
    void anEpisodeWaitsForConsentAndTheProvidersCoachesCannotSeeTheClientUntilThen() {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        String coachId = addCoach(providerId, "Outi Odottava", null);
        UUID clientId = UUID.randomUUID();

        String episodeId = refer(clientId, providerId);
        awaitStatus(episodeId, "WAITING_FOR_CONSENT");
        coachOf(businessId).get("/api/v1/coaching-episodes/" + episodeId).then().statusCode(403)
                .contentType("application/problem+json");

        grantConsent(publisher, clientId, businessId);
        awaitStatus(episodeId, "ACTIVE");
        coachOf(businessId).get("/api/v1/coaching-episodes/" + episodeId).then().statusCode(200)
                .body("coachId", equalTo(coachId)).body("phase", equalTo("ENGAGEMENT"));
        as(Roles.JOB_COACH, newBusinessId(), "someone-else").get("/api/v1/coaching-episodes/" + episodeId).then()
                .statusCode(403);

        JsonNode started = EventLog.event(kafka, Topics.COACHING, "CoachingStarted", clientId, Duration.ofSeconds(20));
        EventSchemas.assertValid(started);
        assertThat(started.path("data").path("providerOrganisation").asText()).isEqualTo(businessId);
        JsonNode startFee = EventLog.event(kafka, Topics.COACHING, "FeeEarned", clientId, Duration.ofSeconds(20));
        EventSchemas.assertValid(startFee);
        assertThat(startFee.path("data").path("feeType").asText()).isEqualTo("START");
        assertThat(startFee.path("data").path("amount").decimalValue()).isEqualByComparingTo("400");
    }

    @Test
    void withdrawingConsentStopsTheProvidersAccessAtOnce() {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        addCoach(providerId, "Väinö Vetäytyvä", null);
        UUID clientId = UUID.randomUUID();
        UUID consentId = grantConsent(publisher, clientId, businessId);
        String episodeId = refer(clientId, providerId);
        awaitStatus(episodeId, "ACTIVE");
        coachOf(businessId).get("/api/v1/coaching-episodes/" + episodeId).then().statusCode(200);

        withdrawConsent(publisher, clientId, consentId, businessId);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                coachOf(businessId).get("/api/v1/coaching-episodes/" + episodeId).statusCode() == 403);
        coachOf(businessId).body(Map.of("toPhase", "VOCATIONAL_PROFILE"))
                .post("/api/v1/coaching-episodes/" + episodeId + "/phase-transitions").then().statusCode(403);
        as(Roles.CASE_OWNER).get("/api/v1/coaching-episodes/" + episodeId).then().statusCode(200);
    }

    @Test
    void aCoachAtTheCaseloadLimitIsPassedOverAndTheNextClientWaitsForRoom() {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        String coachId = addCoach(providerId, "Täysi Kalle", 1);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        grantConsent(publisher, first, businessId);
        grantConsent(publisher, second, businessId);
        String firstEpisode = refer(first, providerId);
        awaitStatus(firstEpisode, "ACTIVE");
        String secondEpisode = refer(second, providerId);
        awaitStatus(secondEpisode, "WAITING_FOR_COACH");

        String another = addCoach(providerId, "Vapaa Veera", null);
        awaitStatus(secondEpisode, "ACTIVE");
        as(Roles.CASE_OWNER).get("/api/v1/coaching-episodes/" + secondEpisode).then().body("coachId", equalTo(another));
        as(Roles.COORDINATOR).get("/api/v1/providers/" + providerId + "/coaches").then().statusCode(200)
                .body("items.find { it.id == '" + coachId + "' }.activeCaseload", equalTo(1))
                .body("items.find { it.id == '" + another + "' }.maxCaseload", equalTo(20));
    }

    @Test
    void anyoneCaringForTheClientMayReferAndBadInputIsRefusedNamingTheField() {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        UUID clientId = UUID.randomUUID();
        Map<String, Object> referral = Map.of("clientId", clientId.toString(), "providerId", providerId,
                "referrerType", "CLIENT_SELF");
        as(Roles.INTAKE_WORKER, "hyvinvointialue-dev", "no-relationship").body(referral)
                .post("/api/v1/coaching-episodes").then().statusCode(403);
        Coaching.inCareOfTheCounty(clientId);
        as(Roles.INTAKE_WORKER).body(referral).post("/api/v1/coaching-episodes").then().statusCode(201)
                .body("status", equalTo("WAITING_FOR_CONSENT"));
        as(Roles.CASE_OWNER).body(Map.of("providerId", providerId, "referrerType", "NOBODY"))
                .post("/api/v1/coaching-episodes").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("referrerType"));
        as(Roles.ANALYST).body(Map.of("clientId", UUID.randomUUID().toString(), "referrerType", "OTHER"))
                .post("/api/v1/coaching-episodes").then().statusCode(403);
    }
}
