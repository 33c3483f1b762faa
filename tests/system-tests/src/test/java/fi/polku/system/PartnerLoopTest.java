package fi.polku.system;

import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.count;
import static fi.polku.system.SystemClients.eventIdsByClient;
import static fi.polku.system.SystemClients.newBusinessId;
import static fi.polku.system.SystemClients.newIdentityCode;
import static fi.polku.system.SystemClients.registerClient;
import static fi.polku.system.TeamAssessments.concludeWithCoachingBy;
import static fi.polku.system.TeamAssessments.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.contract.ResponseValidation;
import fi.polku.testkit.system.PolkuService;
import fi.polku.testkit.webhooks.WebhookReceiver;
import fi.polku.testkit.webhooks.WebhookReceiver.Received;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Partners in the loop (issue 17): two coaching providers' portals subscribe to Polku's webhooks; a team refers a
 * consented client to the first, whose portal — a receiver on localhost that verifies each Standard Webhooks
 * signature with the reference library — gets the signed CloudEvents; the provider declines, and the case owner's
 * notification feed shows it with the reason; the case owner refers the client to the second provider, who accepts
 * (the case owner, the sender, hears of it; each delivery to the portal is a disclosure in the client's access log);
 * while the second portal is down events wait, and afterwards it gets each exactly once by webhook-id, in the
 * client's order; once the consent is withdrawn it gets nothing more about the client.
 */
@ExtendWith(RunningSystem.class)
class PartnerLoopTest {

    /** Akaa: no other system test serves it, so this test's case owner and team are the only ones there. */
    private static final String MUNICIPALITY = "020";
    private static final String REFERRAL = "fi.polku.assessment.CoachingReferralIssued.v2";
    private static final String REFERRAL_STATUS = "fi.polku.coaching.CoachingReferralStatusChanged.v1";
    private static final String REFERRALS = "/api/v1/coaching-referrals";
    private static final String STARTED = "fi.polku.coaching.CoachingStarted.v1";
    private static final String PHASE_CHANGED = "fi.polku.coaching.CoachingPhaseChanged.v1";
    private static final String CLOSED = "fi.polku.case-owner.ClientshipClosed.v1";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void aDeclinedReferralReachesTheCaseOwnerAndTheSecondProvidersPortalGetsItsClientsEventsOnceEachInOrder() {
        String declining = newBusinessId();
        addProvider(declining, "partner-loop-coach-" + declining);
        String provider = newBusinessId();
        String coach = "partner-loop-coach-" + provider;
        String providerId = addProvider(provider, coach);
        String caseOwner = "partner-loop-case-owner-" + provider;
        addCaseOwner(caseOwner);
        try (WebhookReceiver declinedPortal = WebhookReceiver.start(); WebhookReceiver portal = WebhookReceiver.start()) {
            subscribe(declining, declinedPortal, List.of(REFERRAL, REFERRAL_STATUS));
            String subscription = subscribe(provider, portal, List.of(REFERRAL_STATUS, STARTED, PHASE_CHANGED,
                    CLOSED));
            UUID client = registerClient(newIdentityCode(new ArrayList<>()), MUNICIPALITY);
            String consent = grantConsent(client, declining, provider);

            // a team refers the client to the first provider, whose portal hears of it, signed
            referToProvider(client, declining);
            declinedPortal.await(WAIT, p -> typesAbout(p, client).containsAll(List.of(REFERRAL, REFERRAL_STATUS)));
            assertThat(declinedPortal.received()).allMatch(Received::signatureValid);
            Received referral = declinedPortal.acceptedAbout(client.toString()).stream()
                    .filter(r -> r.type().equals(REFERRAL)).findFirst().orElseThrow();
            assertThat(referral.contentType()).startsWith("application/cloudevents+json");
            assertThat(referral.event().path("data").path("providerOrganisation").asText()).isEqualTo(declining);
            assertThat(referral.event().path("data").has("reason")).as("free text never reaches a partner").isFalse();
            String teamReferral = referral.event().path("data").path("referralId").asText();

            // the provider declines; the case owner hears of it with the reason, without asking
            decline(declining, teamReferral, "NO_CAPACITY");
            declinedPortal.await(WAIT, p -> statusesOf(p, teamReferral).contains("DECLINED"));
            await().atMost(WAIT).untilAsserted(() -> caseOwnerOf(caseOwner).get("/api/v1/notifications/me")
                    .then().statusCode(200)
                    .body("items.find { it.rule == 'REFERRAL_DECLINED' }.referenceId", equalTo(teamReferral))
                    .body("items.find { it.rule == 'REFERRAL_DECLINED' }.code", equalTo("NO_CAPACITY")));

            // the case owner refers the client to a second provider, who accepts; coaching starts with its coach
            String second = caseOwnerAt(PolkuService.COACHING, caseOwner)
                    .header("Idempotency-Key", "partner-loop-" + client)
                    .body(Map.of("clientId", client.toString(), "providerId", providerId,
                            "previousReferralId", teamReferral, "referrerType", "CASE_OWNER"))
                    .post(REFERRALS).then().statusCode(201).extract().path("id");
            accept(provider, second, coachId(providerId, coach));
            portal.await(WAIT, p -> typesAbout(p, client).contains(STARTED)
                    && statusesOf(p, second).containsAll(List.of("REQUESTED", "ACCEPTED", "IN_PROGRESS")));
            assertThat(statusesOf(portal, second)).containsExactly("REQUESTED", "ACCEPTED", "IN_PROGRESS");
            assertThat(typesAbout(declinedPortal, client)).doesNotContain(STARTED);

            // the sender (here the case owner) hears that the second provider accepted, without asking
            await().atMost(WAIT).untilAsserted(() -> caseOwnerOf(caseOwner).get("/api/v1/notifications/me")
                    .then().statusCode(200)
                    .body("items.find { it.rule == 'REFERRAL_ACCEPTED' }.referenceId", equalTo(second)));
            // each delivery to the portal is a disclosure to the provider in the client's access log
            await().atMost(WAIT).untilAsserted(() -> assertThat(call(PolkuService.INTAKE, Roles.AUDITOR)
                    .queryParam("limit", 200).get("/api/v1/clients/" + client + "/access-log").then().statusCode(200)
                    .extract().jsonPath().<String>getList("items.findAll { it.service == 'partner'"
                            + " && it.actorOrganisation == '" + provider + "' }.action"))
                    .contains("disclose " + STARTED + " by webhook"));

            // the portal is down for a while: the events wait, then come once each by id, in the client's order
            portal.down();
            String episode = episodeOf(provider, coach, client);
            changePhase(provider, coach, episode, "VOCATIONAL_PROFILE");
            changePhase(provider, coach, episode, "JOB_SEARCH");
            portal.await(WAIT, p -> p.received().stream().filter(r -> r.answered() == 503).count() >= 2);
            portal.up();
            portal.await(WAIT, p -> typesAbout(p, client).stream().filter(PHASE_CHANGED::equals).count() == 2);

            List<Received> phases = portal.acceptedAbout(client.toString()).stream()
                    .filter(r -> r.type().equals(PHASE_CHANGED)).toList();
            assertThat(phases).extracting(r -> r.event().path("data").path("toPhase").asText())
                    .containsExactly("VOCATIONAL_PROFILE", "JOB_SEARCH");
            assertThat(phases).extracting(Received::webhookId).containsExactlyInAnyOrderElementsOf(
                    eventIdsByClient(Topics.COACHING, "CoachingPhaseChanged", List.of(client)).get(client));
            assertThat(portal.received()).allMatch(Received::signatureValid);

            // the consent is withdrawn: nothing more about the client reaches the portal
            withdraw(client, consent);
            await().atMost(WAIT).until(() -> count(PolkuService.PARTNER,
                    "SELECT count(*) FROM consent_coverage WHERE client_id = ? AND withdrawn_from IS NOT NULL",
                    client) > 0);
            int receivedBefore = portal.received().size();
            closeClientship(caseOwner, client);
            await().atMost(WAIT).until(() -> "SKIPPED_NO_BASIS".equals(deliveryStatus(provider, subscription, CLOSED)));
            assertThat(portal.received()).hasSize(receivedBefore);
            assertThat(typesAbout(portal, client)).doesNotContain(CLOSED);
        }
    }

    /** The client's only possible case owner in the municipality, signing in as {@code subject}. */
    private static void addCaseOwner(String subject) {
        call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .body(Map.of("name", "Kaarina Kumppanuus", "organisation", "Päijät-Hämeen hyvinvointialue",
                        "role", "SOCIAL_WELFARE_OWN_WORKER", "municipalities", List.of(MUNICIPALITY),
                        "maxCaseload", 500, "userId", subject))
                .post("/api/v1/professionals").then().statusCode(201);
    }

    private static void decline(String provider, String referral, String reasonCode) {
        String etag = await().atMost(WAIT).until(() -> leadOf(provider).get(REFERRALS + "/" + referral).then()
                .extract().header("ETag"), tag -> tag != null);
        leadOf(provider).header("If-Match", etag).body(Map.of("reasonCode", reasonCode))
                .post(REFERRALS + "/" + referral + "/decline").then().statusCode(200);
    }

    private static void accept(String provider, String referral, String coachId) {
        String etag = leadOf(provider).get(REFERRALS + "/" + referral).then().statusCode(200).extract().header("ETag");
        leadOf(provider).header("If-Match", etag).body(Map.of("coachId", coachId))
                .post(REFERRALS + "/" + referral + "/acceptance").then().statusCode(200);
    }

    private static String coachId(String providerId, String coach) {
        return call(PolkuService.COACHING, Roles.COORDINATOR).get("/api/v1/providers/" + providerId + "/coaches")
                .then().statusCode(200).extract().path("items.find { it.userId == '" + coach + "' }.id");
    }

    /** The statuses of the referral the portal received, in the order it received them. */
    private static List<String> statusesOf(WebhookReceiver portal, String referral) {
        return portal.received().stream().filter(r -> r.answered() / 100 == 2 && r.type().equals(REFERRAL_STATUS)
                        && r.event().path("data").path("referralId").asText().equals(referral))
                .map(r -> r.event().path("data").path("status").asText()).toList();
    }

    /** The provider's coordinator subscribes the portal; the portal keeps the secret shown once. */
    private static String subscribe(String provider, WebhookReceiver portal, List<String> types) {
        var created = portalAdminOf(provider).body(Map.of("callbackUrl", portal.url(), "eventTypes", types,
                        "purpose", "SUPPORTED_EMPLOYMENT_COACHING"))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract();
        portal.verifyWith(created.path("secret"));
        return created.path("id");
    }

    private static String addProvider(String provider, String coach) {
        String providerId = call(PolkuService.COACHING, Roles.COORDINATOR)
                .body(Map.of("name", "Kumppanivalmennus Oy", "organisationId", provider, "contract", Map.of(
                        "elyCentre", "Hämeen ELY-keskus", "validFrom", LocalDate.now().minusYears(1).toString(),
                        "validUntil", LocalDate.now().plusYears(1).toString(), "startFee", 400, "guidanceFee", 800,
                        "resultFee", 2000)))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        call(PolkuService.COACHING, Roles.COORDINATOR)
                .body(Map.of("name", "Kaisa Kumppani", "userId", coach, "fullTimeShare", 1.0))
                .post("/api/v1/providers/" + providerId + "/coaches").then().statusCode(201);
        return providerId;
    }

    private static String grantConsent(UUID client, String first, String second) {
        return call(PolkuService.INTAKE, Roles.INTAKE_WORKER)
                .body(Map.of("parties", List.of(
                                Map.of("organisation", first, "name", "Kumppanivalmennus Oy", "role", "COACHING_PROVIDER"),
                                Map.of("organisation", second, "name", "Toinen Valmennus Oy", "role", "COACHING_PROVIDER")),
                        "purpose", "SUPPORTED_EMPLOYMENT_COACHING",
                        "validFrom", LocalDate.now().toString(), "givenAs", "SIGNED_FORM"))
                .post("/api/v1/clients/" + client + "/consents").then().statusCode(201).extract().path("id");
    }

    private static void withdraw(UUID client, String consent) {
        call(PolkuService.INTAKE, Roles.INTAKE_WORKER).body(Map.of("givenAs", "VERBAL", "reason", "client's wish"))
                .post("/api/v1/clients/" + client + "/consents/" + consent + "/withdrawal").then().statusCode(200);
    }

    /** A team of the municipality assesses the client and refers them to the provider's coaching. */
    private static void referToProvider(UUID client, String provider) {
        String team = call(PolkuService.ASSESSMENT, Roles.COORDINATOR)
                .body(Map.of("name", "Akaan työkykytiimi", "municipalityCode", MUNICIPALITY, "area", "Akaa",
                        "members", List.of(member("Lääkäri Laine", "PHYSICIAN"),
                                member("Sosiaalityöntekijä Saari", "SOCIAL_WORKER"))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
        concludeWithCoachingBy(client, team, provider);
    }

    private static String episodeOf(String provider, String coach, UUID client) {
        return await().atMost(WAIT).until(() -> coachOf(provider, coach).get("/api/v1/coaching-episodes?coachId=me")
                .then().statusCode(200).extract().<String>path("items.find { it.clientId == '" + client + "' }.id"),
                id -> id != null);
    }

    private static void changePhase(String provider, String coach, String episode, String phase) {
        coachOf(provider, coach).body(Map.of("toPhase", phase))
                .post("/api/v1/coaching-episodes/" + episode + "/phase-transitions").then().statusCode(200);
    }

    private static void closeClientship(String caseOwner, UUID client) {
        await().atMost(WAIT).until(() -> caseOwnerOf(caseOwner)
                .body(Map.of("reason", "NO_LONGER_NEEDS_SERVICE"))
                .post("/api/v1/clients/" + client + "/closure").statusCode() == 200);
    }

    private static String deliveryStatus(String provider, String subscription, String type) {
        return portalAdminOf(provider).get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200).extract().path("items.find { it.eventType == '" + type + "' }.status");
    }

    private static List<String> typesAbout(WebhookReceiver portal, UUID client) {
        return portal.acceptedAbout(client.toString()).stream().map(Received::type).toList();
    }

    private static RequestSpecification portalAdminOf(String provider) {
        return as(PolkuService.PARTNER, Tokens.token(Roles.COORDINATOR, provider, "portal-admin-" + provider));
    }

    private static RequestSpecification leadOf(String provider) {
        return as(PolkuService.COACHING, Tokens.token(Roles.COORDINATOR, provider, "partner-loop-lead-" + provider));
    }

    private static RequestSpecification caseOwnerOf(String subject) {
        return caseOwnerAt(PolkuService.CASE_OWNER, subject);
    }

    private static RequestSpecification caseOwnerAt(PolkuService service, String subject) {
        return as(service, Tokens.token(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, subject));
    }

    private static RequestSpecification coachOf(String provider, String coach) {
        return as(PolkuService.COACHING, Tokens.token(Roles.JOB_COACH, provider, coach));
    }

    private static RequestSpecification as(PolkuService service, String token) {
        return RestAssured.given().baseUri(RunningSystem.system().url(service))
                .filter(ResponseValidation.against(service.shortName())).auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
