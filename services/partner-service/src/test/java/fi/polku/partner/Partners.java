package fi.polku.partner;

import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.AccessFactEvents;
import fi.polku.testkit.Api;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.webhooks.WebhookReceiver;
import io.agroal.api.AgroalDataSource;
import io.restassured.specification.RequestSpecification;

/** What the partner-service tests do again and again: subscribe a receiver, and publish the events others would. */
public final class Partners {

    public static final String STARTED = "fi.polku.coaching.CoachingStarted.v1";
    public static final String PHASE_CHANGED = "fi.polku.coaching.CoachingPhaseChanged.v1";
    public static final String JOB_ENDED = "fi.polku.coaching.JobEnded.v1";
    private static final AtomicInteger ORGANISATIONS = new AtomicInteger();
    private static EventPublisher publisher;

    private Partners() {
    }

    /** An organisation of the test's own, so that tests sharing the database do not see each other's. */
    public static String newOrganisation() {
        return "test-provider-" + UUID.randomUUID().toString().substring(0, 8) + "-" + ORGANISATIONS.incrementAndGet();
    }

    public static RequestSpecification coordinatorOf(String organisation) {
        return Api.as(Roles.COORDINATOR, organisation, "coordinator-" + organisation);
    }

    /** Subscribes the receiver for the organisation to the types and gives it the secret from the answer. */
    public static String subscribe(String organisation, WebhookReceiver receiver, List<String> eventTypes) {
        var created = coordinatorOf(organisation)
                .body(Map.of("callbackUrl", receiver.url(), "eventTypes", eventTypes,
                        "purpose", "SUPPORTED_EMPLOYMENT_COACHING"))
                .post("/api/v1/webhook-subscriptions")
                .then().statusCode(201).body("secret", startsWith("whsec_")).extract();
        receiver.verifyWith(created.path("secret"));
        return created.path("id");
    }

    /**
     * Intake's ConsentGranted and its access fact naming the organisation as coaching provider, valid since
     * yesterday; its id.
     */
    public static UUID grantConsent(UUID clientId, String organisation) {
        UUID consentId = UUID.randomUUID();
        publisher().publish(Topics.INTAKE, "intake", "ConsentGranted", clientId, Map.of(
                "clientId", clientId.toString(), "consentId", consentId.toString(),
                "parties", List.of(party(organisation)), "purpose", "SUPPORTED_EMPLOYMENT_COACHING",
                "validFrom", LocalDate.now().minusDays(1).toString(), "grantedAt", now()));
        AccessFactEvents.consentInForce(publisher(), clientId, consentId, List.of(organisation),
                "SUPPORTED_EMPLOYMENT_COACHING", LocalDate.now().minusDays(1), null);
        return consentId;
    }

    /** Intake's ConsentWithdrawn and its access fact for the organisation, from now. */
    public static void withdrawConsent(UUID clientId, UUID consentId, String organisation) {
        publisher().publish(Topics.INTAKE, "intake", "ConsentWithdrawn", clientId, Map.of(
                "clientId", clientId.toString(), "consentId", consentId.toString(),
                "parties", List.of(party(organisation)), "withdrawnFrom", now(), "withdrawnAt", now()));
        AccessFactEvents.consentWithdrawn(publisher(), clientId, consentId, List.of(organisation));
    }

    private static Map<String, String> party(String organisation) {
        return Map.of("organisation", organisation, "role", "COACHING_PROVIDER");
    }

    public static String coachingStarted(UUID clientId, String organisation) {
        return publisher().publish(Topics.COACHING, "coaching", "CoachingStarted", clientId, Map.of(
                "clientId", clientId.toString(), "episodeId", UUID.randomUUID().toString(),
                "providerId", UUID.randomUUID().toString(), "providerOrganisation", organisation,
                "coachId", UUID.randomUUID().toString(), "startedAt", now()));
    }

    public static String phaseChanged(UUID clientId, String from, String to) {
        return publisher().publish(Topics.COACHING, "coaching", "CoachingPhaseChanged", clientId, Map.of(
                "clientId", clientId.toString(), "episodeId", UUID.randomUUID().toString(), "fromPhase", from,
                "toPhase", to, "reason", "Asiakas on valmis työnhakuun", "changedAt", now()));
    }

    /** The subscription's delivery log, newest first (the first page). */
    public static List<Map<String, Object>> deliveries(String organisation, String subscriptionId) {
        return coordinatorOf(organisation).get("/api/v1/webhook-subscriptions/" + subscriptionId + "/deliveries")
                .then().statusCode(200).extract().path("items");
    }

    /** Waits until this service has learnt the client's consent naming the organisation, or its withdrawal. */
    public static void awaitConsent(AgroalDataSource database, UUID clientId, String organisation, boolean valid) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            try (Connection connection = database.getConnection();
                    PreparedStatement query = connection.prepareStatement("""
                            SELECT count(*) FROM consent_coverage
                             WHERE client_id = ? AND organisation = ? AND (withdrawn_from IS NULL) = ?""")) {
                query.setObject(1, clientId);
                query.setString(2, organisation);
                query.setBoolean(3, valid);
                try (ResultSet result = query.executeQuery()) {
                    return result.next() && result.getLong(1) > 0;
                }
            }
        });
    }

    public static synchronized EventPublisher publisher() {
        if (publisher == null) {
            publisher = new EventPublisher(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers",
                    String.class));
        }
        return publisher;
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }
}
