package fi.polku.partner.delivery;

import static fi.polku.partner.Partners.PHASE_CHANGED;
import static fi.polku.partner.Partners.STARTED;
import static fi.polku.partner.Partners.awaitConsent;
import static fi.polku.partner.Partners.coachingStarted;
import static fi.polku.partner.Partners.coordinatorOf;
import static fi.polku.partner.Partners.deliveries;
import static fi.polku.partner.Partners.grantConsent;
import static fi.polku.partner.Partners.newOrganisation;
import static fi.polku.partner.Partners.phaseChanged;
import static fi.polku.partner.Partners.subscribe;
import static fi.polku.partner.Partners.withdrawConsent;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.polku.testkit.webhooks.WebhookReceiver;
import fi.polku.testkit.webhooks.WebhookReceiver.Received;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Deliveries to a real receiver on localhost that checks each signature with the Standard Webhooks reference
 * library. The tests' retry schedule is fast (application.properties: 100 ms doubling to 400 ms, for 3 s).
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource database;

    private WebhookReceiver receiver;
    private String organisation;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
        organisation = newOrganisation();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aConsentedClientsEventArrivesSignedWithTheEventIdAndOnlyTheFieldsAPartnerSees() {
        subscribe(organisation, receiver, List.of(STARTED, PHASE_CHANGED));
        UUID client = consentedClient();

        String started = coachingStarted(client, organisation);
        String phase = phaseChanged(client, "ENGAGEMENT", "VOCATIONAL_PROFILE");
        receiver.await(WAIT, r -> r.accepted().size() == 2);

        assertThat(receiver.received()).allMatch(Received::signatureValid);
        Received first = receiver.accepted().get(0);
        assertThat(first.webhookId()).isEqualTo(started);
        assertThat(Long.parseLong(first.webhookTimestamp()))
                .isBetween(OffsetDateTime.now().minusMinutes(1).toEpochSecond(), OffsetDateTime.now().toEpochSecond());
        assertThat(first.contentType()).startsWith("application/cloudevents+json");
        assertThat(first.event().path("id").asText()).isEqualTo(started);
        assertThat(first.event().path("type").asText()).isEqualTo(STARTED);
        assertThat(first.event().path("subject").asText()).isEqualTo(client.toString());
        Received second = receiver.accepted().get(1);
        assertThat(second.webhookId()).isEqualTo(phase);
        // CoachingPhaseChanged's reason is free text: never sent to a partner
        assertThat(fieldNames(second)).containsExactlyInAnyOrder("clientId", "episodeId", "fromPhase", "toPhase",
                "changedAt");
    }

    @Test
    void anEventAboutAClientWithoutAConsentNamingTheOrganisationIsNotSent() {
        String subscription = subscribe(organisation, receiver, List.of(STARTED));
        UUID consented = consentedClient();
        UUID other = UUID.randomUUID();
        grantConsent(other, newOrganisation());

        String skipped = coachingStarted(other, organisation);
        String sent = coachingStarted(consented, organisation);
        receiver.await(WAIT, r -> r.accepted().size() == 1);

        assertThat(receiver.accepted()).extracting(Received::webhookId).containsExactly(sent);
        assertThat(statusOf(subscription, skipped)).isEqualTo("SKIPPED_NO_BASIS");
    }

    @Test
    void aReceiverAnswering500IsRetriedWithTheSameIdUntilItAnswers200() {
        String subscription = subscribe(organisation, receiver, List.of(STARTED));
        UUID client = consentedClient();
        receiver.failFirst(2, 500);

        String event = coachingStarted(client, organisation);
        receiver.await(WAIT, r -> r.accepted().size() == 1);

        assertThat(receiver.received()).extracting(Received::webhookId).containsExactly(event, event, event);
        assertThat(receiver.received()).extracting(Received::answered).containsExactly(500, 500, 200);
        Map<String, Object> delivery = deliveries(organisation, subscription).get(0);
        assertThat(delivery).containsEntry("status", "DELIVERED").containsEntry("attempts", 3)
                .containsEntry("lastStatusCode", 200).containsEntry("eventType", STARTED);
    }

    @Test
    void aDeliveryFailingForTheWholeScheduleMarksTheSubscriptionFailingUntilALaterSuccessOrARenable() {
        String subscription = subscribe(organisation, receiver, List.of(STARTED));
        UUID client = consentedClient();
        receiver.answer(500);

        String failed = coachingStarted(client, organisation);
        awaitStatus(subscription, failed, "FAILED");
        assertThat(receiver.received().size()).isGreaterThan(3);
        assertThat(subscriptionStatus(subscription)).isEqualTo("FAILING");

        String etag = coordinatorOf(organisation).get("/api/v1/webhook-subscriptions/" + subscription)
                .then().statusCode(200).extract().header("ETag");
        coordinatorOf(organisation).header("If-Match", etag)
                .post("/api/v1/webhook-subscriptions/" + subscription + "/re-enable").then().statusCode(200);
        assertThat(subscriptionStatus(subscription)).isEqualTo("ACTIVE");

        String failedAgain = coachingStarted(client, organisation);
        awaitStatus(subscription, failedAgain, "FAILED");
        assertThat(subscriptionStatus(subscription)).isEqualTo("FAILING");
        receiver.up();
        String delivered = coachingStarted(client, organisation);
        awaitStatus(subscription, delivered, "DELIVERED");
        assertThat(subscriptionStatus(subscription)).isEqualTo("ACTIVE");
    }

    @Test
    void withdrawingTheConsentDropsThePendingDeliveriesAndStopsNewOnes() {
        String subscription = subscribe(organisation, receiver, List.of(STARTED, PHASE_CHANGED));
        UUID client = UUID.randomUUID();
        UUID consent = grantConsent(client, organisation);
        awaitConsent(database, client, organisation, true);
        receiver.down();
        String pending = coachingStarted(client, organisation);
        String alsoPending = phaseChanged(client, "ENGAGEMENT", "VOCATIONAL_PROFILE");
        receiver.await(WAIT, r -> !r.received().isEmpty());

        withdrawConsent(client, consent, organisation);
        awaitConsent(database, client, organisation, false);
        receiver.up();
        String afterWithdrawal = phaseChanged(client, "VOCATIONAL_PROFILE", "JOB_SEARCH");
        awaitStatus(subscription, afterWithdrawal, "SKIPPED_NO_BASIS");

        assertThat(statusOf(subscription, pending)).isEqualTo("SKIPPED_NO_BASIS");
        assertThat(statusOf(subscription, alsoPending)).isEqualTo("SKIPPED_NO_BASIS");
        assertThat(receiver.accepted()).isEmpty();
    }

    @Test
    void afterTheReceiverWasDownEachClientsEventsArriveOnceInTheirOrder() {
        subscribe(organisation, receiver, List.of(STARTED, PHASE_CHANGED));
        UUID anna = consentedClient();
        UUID bertta = consentedClient();
        receiver.down();
        List<String> annas = new ArrayList<>();
        List<String> berttas = new ArrayList<>();
        annas.add(coachingStarted(anna, organisation));
        berttas.add(coachingStarted(bertta, organisation));
        annas.add(phaseChanged(anna, "ENGAGEMENT", "VOCATIONAL_PROFILE"));
        annas.add(phaseChanged(anna, "VOCATIONAL_PROFILE", "JOB_SEARCH"));
        berttas.add(phaseChanged(bertta, "ENGAGEMENT", "VOCATIONAL_PROFILE"));
        receiver.await(WAIT, r -> r.received().size() >= 6);

        receiver.up();
        receiver.await(WAIT, r -> r.accepted().size() == 5);

        assertThat(receiver.acceptedAbout(anna.toString())).extracting(Received::webhookId).containsExactlyElementsOf(annas);
        assertThat(receiver.acceptedAbout(bertta.toString())).extracting(Received::webhookId)
                .containsExactlyElementsOf(berttas);
        assertNothingSentBeforeItsPredecessorWasAccepted(annas);
        assertNothingSentBeforeItsPredecessorWasAccepted(berttas);
    }

    @Test
    void aReplaySendsTheEventsSinceTheMomentAgainWithTheirIds() {
        String subscription = subscribe(organisation, receiver, List.of(STARTED, PHASE_CHANGED));
        UUID client = consentedClient();
        String before = coachingStarted(client, organisation);
        receiver.await(WAIT, r -> r.accepted().size() == 1);
        OffsetDateTime since = OffsetDateTime.now();
        String after = phaseChanged(client, "ENGAGEMENT", "VOCATIONAL_PROFILE");
        receiver.await(WAIT, r -> r.accepted().size() == 2);

        coordinatorOf(organisation).body(Map.of("since", since.toString()))
                .post("/api/v1/webhook-subscriptions/" + subscription + "/replays")
                .then().statusCode(202).extract().path("deliveries");
        receiver.await(WAIT, r -> r.received().size() == 3);

        assertThat(receiver.received()).extracting(Received::webhookId).containsExactly(before, after, after);
        assertThat(receiver.accepted()).hasSize(2);
    }

    @Test
    void duringASecretRotationTheOldAndTheNewSecretBothVerifyAndAfterTheOverlapOnlyTheNew() {
        String subscription = subscribe(organisation, receiver, List.of(STARTED));
        UUID client = consentedClient();
        String second = rotateSecret(subscription, 1);

        String underOld = coachingStarted(client, organisation);
        receiver.await(WAIT, r -> r.accepted().size() == 1);
        receiver.verifyWith(second);
        String underNew = coachingStarted(client, organisation);
        receiver.await(WAIT, r -> r.accepted().size() == 2);
        assertThat(receiver.received()).allMatch(Received::signatureValid);

        String third = rotateSecret(subscription, 0);
        String afterOverlap = coachingStarted(client, organisation);
        receiver.await(WAIT, r -> r.received().size() == 3);
        receiver.verifyWith(third);
        receiver.await(WAIT, r -> r.accepted().size() == 3);

        assertThat(receiver.received()).extracting(Received::webhookId)
                .startsWith(underOld, underNew, afterOverlap).endsWith(afterOverlap);
        assertThat(receiver.received().get(2).signatureValid()).as("the rotated-out secret after the overlap")
                .isFalse();
    }

    @Test
    void eachSendIsADisclosureInTheClientsAccessLog() throws SQLException {
        String subscription = subscribe(organisation, receiver, List.of(STARTED));
        UUID client = consentedClient();
        receiver.failFirst(1, 500);

        coachingStarted(client, organisation);
        receiver.await(WAIT, r -> r.accepted().size() == 1);

        String disclosure = String.join("|", "webhook-subscription:" + subscription, organisation,
                "disclose " + STARTED + " by webhook", "SUPPORTED_EMPLOYMENT_COACHING", "ALLOWED", "CONSENT");
        assertThat(accessLogOf(client)).as("one entry per send, the failed one too")
                .containsExactly(disclosure, disclosure);
    }

    /** Rotates the subscription's secret with the overlap; the new secret from the answer. */
    private String rotateSecret(String subscription, int overlapHours) {
        String path = "/api/v1/webhook-subscriptions/" + subscription;
        String etag = coordinatorOf(organisation).get(path).then().statusCode(200).extract().header("ETag");
        return coordinatorOf(organisation).header("If-Match", etag)
                .body(Map.of("overlapHours", overlapHours)).post(path + "/secret-rotations")
                .then().statusCode(200).extract().path("secret");
    }

    private List<String> accessLogOf(UUID client) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT actor_subject, actor_org, action, purpose, outcome, basis FROM access_log
                         WHERE client_id = ? ORDER BY occurred_at""")) {
            query.setObject(1, client);
            try (ResultSet rows = query.executeQuery()) {
                List<String> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(String.join("|", rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6)));
                }
                return entries;
            }
        }
    }

    /** The order guarantee itself: no request for an event went out before the client's previous event got a 2xx. */
    private void assertNothingSentBeforeItsPredecessorWasAccepted(List<String> ids) {
        List<Received> all = receiver.received();
        for (int i = 1; i < ids.size(); i++) {
            String previous = ids.get(i - 1);
            String next = ids.get(i);
            int previousAccepted = indexOf(all, previous, true);
            int nextFirstSent = indexOf(all, next, false);
            assertThat(nextFirstSent).as("%s sent before %s was accepted", next, previous)
                    .isGreaterThan(previousAccepted);
        }
    }

    private static int indexOf(List<Received> all, String id, boolean accepted) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).webhookId().equals(id) && (!accepted || all.get(i).answered() == 200)) {
                return i;
            }
        }
        throw new AssertionError(id + " was never " + (accepted ? "accepted" : "sent"));
    }

    private UUID consentedClient() {
        UUID client = UUID.randomUUID();
        grantConsent(client, organisation);
        awaitConsent(database, client, organisation, true);
        return client;
    }

    private void awaitStatus(String subscription, String eventId, String status) {
        org.awaitility.Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> status.equals(statusOf(subscription, eventId)));
    }

    private String statusOf(String subscription, String eventId) {
        return deliveries(organisation, subscription).stream().filter(d -> eventId.equals(d.get("eventId")))
                .map(d -> (String) d.get("status")).findFirst().orElse(null);
    }

    private String subscriptionStatus(String subscription) {
        return coordinatorOf(organisation).get("/api/v1/webhook-subscriptions/" + subscription)
                .then().statusCode(200).extract().path("status");
    }

    private static List<String> fieldNames(Received received) {
        List<String> names = new ArrayList<>();
        received.event().path("data").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
