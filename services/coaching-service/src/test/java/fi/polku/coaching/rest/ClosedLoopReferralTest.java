package fi.polku.coaching.rest;

import static fi.polku.coaching.rest.Coaching.accept;
import static fi.polku.coaching.rest.Coaching.addCoach;
import static fi.polku.coaching.rest.Coaching.awaitReferral;
import static fi.polku.coaching.rest.Coaching.awaitStatus;
import static fi.polku.coaching.rest.Coaching.coachOf;
import static fi.polku.coaching.rest.Coaching.createProvider;
import static fi.polku.coaching.rest.Coaching.grantConsent;
import static fi.polku.coaching.rest.Coaching.inCareOfTheCounty;
import static fi.polku.coaching.rest.Coaching.leadOf;
import static fi.polku.coaching.rest.Coaching.newBusinessId;
import static fi.polku.coaching.rest.Coaching.teamReferral;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
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
import io.restassured.response.ValidatableResponse;

/**
 * Issue 17 §1: a referral to a coaching provider is answered by the provider. The team's referral is declined with a
 * reason, the case owner sends the client to a second provider, who accepts naming a coach; coaching starts with
 * that coach and the referral follows the episode to its end. Every move is in the history and is an event.
 */
@QuarkusTest
class ClosedLoopReferralTest {

    private static final String REFERRALS = "/api/v1/coaching-referrals";

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
    void aDeclinedClientIsReferredToASecondProviderWhoAcceptsAndCoachingFollows() {
        String first = newBusinessId();
        String firstProvider = createProvider(first);
        addCoach(firstProvider, "Täynnä Tiina", null);
        String second = newBusinessId();
        String secondProvider = createProvider(second);
        String coach = addCoach(secondProvider, "Vapaa Ville", null);
        UUID client = UUID.randomUUID();
        UUID teamReferral = UUID.randomUUID();
        inCareOfTheCounty(client);

        teamReferral(publisher, client, teamReferral, first);
        String etag = awaitReferral(first, teamReferral);
        ValidatableResponse requested = as(Roles.CASE_OWNER).get(REFERRALS + "/" + teamReferral).then()
                .statusCode(200).body("status", equalTo("REQUESTED")).body("providerId", equalTo(firstProvider))
                .body("unanswered", equalTo(false)).body("history.status", equalTo(List.of("REQUESTED")));
        String firstEpisode = requested.extract().path("episodeId");
        awaitStatus(firstEpisode, "WAITING_FOR_ACCEPTANCE");

        // only the provider answers, with the current version and a reason code (OTHER needs its text)
        leadOf(second).header("If-Match", etag).body(Map.of("reasonCode", "NO_CAPACITY"))
                .post(REFERRALS + "/" + teamReferral + "/decline").then().statusCode(403);
        leadOf(first).body(Map.of("reasonCode", "NO_CAPACITY"))
                .post(REFERRALS + "/" + teamReferral + "/decline").then().statusCode(428);
        leadOf(first).header("If-Match", "\"99\"").body(Map.of("reasonCode", "NO_CAPACITY"))
                .post(REFERRALS + "/" + teamReferral + "/decline").then().statusCode(412);
        leadOf(first).header("If-Match", etag).body(Map.of("reasonCode", "OTHER"))
                .post(REFERRALS + "/" + teamReferral + "/decline").then().statusCode(400)
                .body("violations.field", hasItem("note"));
        leadOf(first).header("If-Match", etag).body(Map.of("reasonCode", "NO_CAPACITY",
                        "note", "Kaikki valmentajat täynnä tammikuuhun asti"))
                .post(REFERRALS + "/" + teamReferral + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("reasonCode", equalTo("NO_CAPACITY"))
                .body("history.status", equalTo(List.of("REQUESTED", "DECLINED")))
                .body("history[1].changedByOrganisation", equalTo(first))
                .body("history[1].changedBy", equalTo("lead-of-" + first))
                .body("history[1].note", equalTo("Kaikki valmentajat täynnä tammikuuhun asti"));
        awaitStatus(firstEpisode, "NOT_ACCEPTED");
        // a final status stays: the history is never rewritten
        leadOf(first).header("If-Match", awaitReferral(first, teamReferral)).body(Map.of("coachId", coach))
                .post(REFERRALS + "/" + teamReferral + "/acceptance").then().statusCode(422);

        // the case owner sees the decline with its reason and refers the client elsewhere
        as(Roles.CASE_OWNER).get(REFERRALS + "?clientId=" + client + "&status=DECLINED").then().statusCode(200)
                .body("items.id", equalTo(List.of(teamReferral.toString())))
                .body("items[0].reasonCode", equalTo("NO_CAPACITY"));
        String secondReferral = as(Roles.CASE_OWNER).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("clientId", client.toString(), "providerId", secondProvider,
                        "previousReferralId", teamReferral.toString(), "referrerType", "CASE_OWNER"))
                .post(REFERRALS).then().statusCode(201).body("status", equalTo("REQUESTED"))
                .body("previousReferralId", equalTo(teamReferral.toString())).extract().path("id");

        // the second provider's inbox shows it; the coach sees it once the client's consent covers the provider
        leadOf(second).get(REFERRALS + "?providerId=" + secondProvider + "&status=REQUESTED").then().statusCode(200)
                .body("items.id", equalTo(List.of(secondReferral)));
        coachOf(second).get(REFERRALS).then().statusCode(200).body("items.id", not(hasItem(secondReferral)));
        grantConsent(publisher, client, second);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> coachOf(second).get(REFERRALS)
                .then().extract().<List<String>>path("items.id").contains(secondReferral));
        coachOf(first).get(REFERRALS + "?providerId=" + secondProvider).then().statusCode(403);

        accept(second, UUID.fromString(secondReferral), coach);
        String secondEpisode = as(Roles.CASE_OWNER).get(REFERRALS + "/" + secondReferral).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("history.status", equalTo(List.of("REQUESTED", "ACCEPTED", "IN_PROGRESS")))
                .extract().path("episodeId");
        coachOf(second).get("/api/v1/coaching-episodes/" + secondEpisode).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("coachId", equalTo(coach));

        as(Roles.CASE_OWNER).body(Map.of("reason", "MOVED_AWAY"))
                .post("/api/v1/coaching-episodes/" + secondEpisode + "/end").then().statusCode(200);
        as(Roles.CASE_OWNER).get(REFERRALS + "/" + secondReferral).then().body("status", equalTo("COMPLETED"));

        List<JsonNode> moves = EventLog.events(kafka, Topics.COACHING,
                EventLog.ofType("CoachingReferralStatusChanged", client), 6, Duration.ofSeconds(20));
        moves.forEach(EventSchemas::assertValid);
        assertThat(moves).extracting(e -> e.path("data").path("status").asText())
                .containsExactly("REQUESTED", "DECLINED", "REQUESTED", "ACCEPTED", "IN_PROGRESS", "COMPLETED");
        assertThat(moves.get(1).path("data").path("reasonCode").asText()).isEqualTo("NO_CAPACITY");
        assertThat(moves.get(1).path("data").path("providerOrganisation").asText()).isEqualTo(first);
        assertThat(moves.get(2).path("data").path("previousReferralId").asText()).isEqualTo(teamReferral.toString());
        assertThat(moves).allSatisfy(e -> assertThat(e.toString()).doesNotContain("valmentajat"));
    }

    @Test
    void theProviderAcceptsOnlyWithACoachOfItsOwnWhoHasRoom() {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        String full = addCoach(providerId, "Täysi Taisto", 1);
        String other = addCoach(newProviderFor(), "Muun Maija", null);
        UUID occupying = UUID.randomUUID();
        grantConsent(publisher, occupying, businessId);
        awaitStatus(Coaching.refer(occupying, providerId), "ACTIVE");
        UUID client = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        teamReferral(publisher, client, referral, businessId);
        String etag = awaitReferral(businessId, referral);

        leadOf(businessId).header("If-Match", etag).body(Map.of("coachId", other))
                .post(REFERRALS + "/" + referral + "/acceptance").then().statusCode(400)
                .body("violations.field", hasItem("coachId"));
        leadOf(businessId).header("If-Match", etag).body(Map.of("coachId", full))
                .post(REFERRALS + "/" + referral + "/acceptance").then().statusCode(422)
                .body("violations.field", hasItem("coachId"));
        leadOf(businessId).get(REFERRALS + "/" + referral).then().body("status", equalTo("REQUESTED"))
                .body("history.status", equalTo(List.of("REQUESTED")));
    }

    @Test
    void theSenderCancelsBeforeCoachingStartsAndTheClientCanBeReferredAgain() {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        UUID client = UUID.randomUUID();
        inCareOfTheCounty(client);
        String referral = as(Roles.CASE_OWNER).body(Map.of("clientId", client.toString(), "providerId", providerId,
                "referrerType", "CASE_OWNER")).post(REFERRALS).then().statusCode(201).extract().header("ETag");
        String id = as(Roles.CASE_OWNER).get(REFERRALS + "?clientId=" + client).then().statusCode(200)
                .extract().path("items[0].id");
        as(Roles.CASE_OWNER, "hyvinvointialue-dev", "no-relationship").header("If-Match", referral)
                .body(Map.of()).post(REFERRALS + "/" + id + "/cancellation").then().statusCode(403);
        as(Roles.CASE_OWNER).header("If-Match", referral).body(Map.of("note", "asiakas muutti"))
                .post(REFERRALS + "/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(Roles.CASE_OWNER).header("If-Match", awaitReferralAsCaseOwner(id)).body(Map.of())
                .post(REFERRALS + "/" + id + "/cancellation").then().statusCode(422);
        as(Roles.CASE_OWNER).body(Map.of("clientId", client.toString(), "providerId", providerId,
                "previousReferralId", id, "referrerType", "CASE_OWNER")).post(REFERRALS).then().statusCode(201);
        as(Roles.CASE_OWNER).body(Map.of("clientId", client.toString(), "providerId", providerId,
                "referrerType", "CASE_OWNER")).post(REFERRALS).then().statusCode(409);
    }

    private static String awaitReferralAsCaseOwner(String id) {
        return as(Roles.CASE_OWNER).get(REFERRALS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static String newProviderFor() {
        return createProvider(newBusinessId());
    }
}
