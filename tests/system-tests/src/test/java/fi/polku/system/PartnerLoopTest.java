package fi.polku.system;

import static fi.polku.system.SystemClients.addProfessional;
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
 * A coaching provider's portal in the loop (issue 17 §2): it subscribes to Polku's webhooks, a team refers a
 * consented client to the provider, and the portal — a receiver on localhost that verifies each Standard Webhooks
 * signature with the reference library — gets the signed CloudEvents; while it is down events wait, and afterwards
 * it gets each exactly once by webhook-id, in the client's order; once the consent is withdrawn it gets nothing
 * more about the client.
 */
@ExtendWith(RunningSystem.class)
class PartnerLoopTest {

    /** Akaa: no other system test serves it, so this test's case owner and team are the only ones there. */
    private static final String MUNICIPALITY = "020";
    private static final String REFERRAL = "fi.polku.assessment.CoachingReferralIssued.v1";
    private static final String STARTED = "fi.polku.coaching.CoachingStarted.v1";
    private static final String PHASE_CHANGED = "fi.polku.coaching.CoachingPhaseChanged.v1";
    private static final String CLOSED = "fi.polku.case-owner.ClientshipClosed.v1";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void theProvidersPortalGetsTheSignedEventsOfItsClientOnceEachInOrderAndNoneAfterTheConsentIsWithdrawn() {
        String provider = newBusinessId();
        String coach = "partner-loop-coach-" + provider;
        addProvider(provider, coach);
        addProfessional(MUNICIPALITY, 500);
        try (WebhookReceiver portal = WebhookReceiver.start()) {
            String subscription = subscribe(provider, portal, List.of(REFERRAL, STARTED, PHASE_CHANGED, CLOSED));
            UUID client = registerClient(newIdentityCode(new ArrayList<>()), MUNICIPALITY);
            String consent = grantConsent(client, provider);

            referToProvider(client, provider);
            portal.await(WAIT, p -> typesAbout(p, client).containsAll(List.of(REFERRAL, STARTED)));
            assertThat(portal.received()).allMatch(Received::signatureValid);
            Received referral = portal.acceptedAbout(client.toString()).stream()
                    .filter(r -> r.type().equals(REFERRAL)).findFirst().orElseThrow();
            assertThat(referral.contentType()).startsWith("application/cloudevents+json");
            assertThat(referral.event().path("data").path("providerOrganisation").asText()).isEqualTo(provider);
            assertThat(referral.event().path("data").has("reason")).as("free text never reaches a partner").isFalse();
            // (issue 17 §1, after the merge: the provider declines, the case owner refers to a second provider
            // who accepts — steps to add here with their own helpers)

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

            withdraw(client, consent);
            await().atMost(WAIT).until(() -> count(PolkuService.PARTNER,
                    "SELECT count(*) FROM consent_coverage WHERE client_id = ? AND withdrawn_from IS NOT NULL",
                    client) > 0);
            int receivedBefore = portal.received().size();
            closeClientship(client);
            await().atMost(WAIT).until(() -> "SKIPPED_NO_BASIS".equals(deliveryStatus(provider, subscription, CLOSED)));
            assertThat(portal.received()).hasSize(receivedBefore);
            assertThat(typesAbout(portal, client)).doesNotContain(CLOSED);
        }
    }

    /** The provider's coordinator subscribes the portal; the portal keeps the secret shown once. */
    private static String subscribe(String provider, WebhookReceiver portal, List<String> types) {
        var created = portalAdminOf(provider).body(Map.of("callbackUrl", portal.url(), "eventTypes", types,
                        "purpose", "SUPPORTED_EMPLOYMENT_COACHING"))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract();
        portal.verifyWith(created.path("secret"));
        return created.path("id");
    }

    private static void addProvider(String provider, String coach) {
        String providerId = call(PolkuService.COACHING, Roles.COORDINATOR)
                .body(Map.of("name", "Kumppanivalmennus Oy", "organisationId", provider, "contract", Map.of(
                        "elyCentre", "Hämeen ELY-keskus", "validFrom", LocalDate.now().minusYears(1).toString(),
                        "validUntil", LocalDate.now().plusYears(1).toString(), "startFee", 400, "guidanceFee", 800,
                        "resultFee", 2000)))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        call(PolkuService.COACHING, Roles.COORDINATOR)
                .body(Map.of("name", "Kaisa Kumppani", "userId", coach, "fullTimeShare", 1.0))
                .post("/api/v1/providers/" + providerId + "/coaches").then().statusCode(201);
    }

    private static String grantConsent(UUID client, String provider) {
        return call(PolkuService.INTAKE, Roles.INTAKE_WORKER)
                .body(Map.of("parties", List.of(Map.of("organisation", provider, "name", "Kumppanivalmennus Oy",
                                "role", "COACHING_PROVIDER")), "purpose", "SUPPORTED_EMPLOYMENT_COACHING",
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

    private static void closeClientship(UUID client) {
        await().atMost(WAIT).until(() -> call(PolkuService.CASE_OWNER, Roles.CASE_OWNER)
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

    private static RequestSpecification coachOf(String provider, String coach) {
        return as(PolkuService.COACHING, Tokens.token(Roles.JOB_COACH, provider, coach));
    }

    private static RequestSpecification as(PolkuService service, String token) {
        return RestAssured.given().baseUri(RunningSystem.system().url(service))
                .filter(ResponseValidation.against(service.shortName())).auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
