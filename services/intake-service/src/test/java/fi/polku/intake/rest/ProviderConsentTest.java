package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.SQLException;
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
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The coaching provider records the consent it collected (seed 003 §4.1: "Jatkossa toimintamallia käyttöönotettaessa
 * olisi selkeintä, jos palveluntuottaja ottaisi valmennukseen osallistuvilta asiakkailta suostumuksen"; the form is
 * LIITE 2): the provider's coach, for a client the county referred to the provider, a consent naming the provider
 * only. The referral is what allows it: nobody creates an access basis for themselves.
 */
@QuarkusTest
class ProviderConsentTest {

    private static final String PROVIDER = "2345678-0";
    private static final String OTHER_PROVIDER = "0112038-9";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theReferredProvidersCoachRecordsTheConsentTheProviderCollectedAndIsRecordedAsItsRecorder() {
        UUID client = TestClients.register();
        String coach = "coach-" + UUID.randomUUID();
        referred(client, PROVIDER, "REQUESTED");

        coach(coach).body(providerConsent(PROVIDER)).post(consents(client)).then().statusCode(201)
                .body("parties", hasSize(1))
                .body("parties[0].organisation", equalTo(PROVIDER))
                .body("purpose", equalTo("SUPPORTED_EMPLOYMENT_COACHING"))
                .body("recordedBy", equalTo(coach))
                .body("recordedByOrganisation", equalTo(PROVIDER));

        JsonNode event = EventLog.event(kafka, Topics.INTAKE, "ConsentGranted", client, Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("data").path("parties")).hasSize(1);
        assertThat(event.path("data").path("parties").get(0).path("organisation").asText()).isEqualTo(PROVIDER);
        assertThat(event.path("data").path("purpose").asText()).isEqualTo("SUPPORTED_EMPLOYMENT_COACHING");
        assertThat(as(Roles.AUDITOR).queryParam("limit", 200).get("/api/v1/clients/" + client + "/access-log")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items"))
                .anySatisfy(entry -> assertThat(entry).containsEntry("actorSubject", coach)
                        .containsEntry("action", "record a consent").containsEntry("outcome", "ALLOWED")
                        .containsEntry("basis", "CARE_RELATIONSHIP"));
    }

    @Test
    void aCoachWithoutAReferralToTheirProviderGets403AndLearnsNothing() {
        UUID client = TestClients.register();
        String coach = "coach-" + UUID.randomUUID();
        referred(client, OTHER_PROVIDER, "REQUESTED");

        coach(coach).body(providerConsent(PROVIDER)).post(consents(client)).then().statusCode(403);
        coach(coach).body(providerConsent(PROVIDER)).post(consents(UUID.randomUUID())).then().statusCode(403);

        assertNoConsents(client);
        assertThat(as(Roles.AUDITOR).queryParam("outcome", "DENIED").get("/api/v1/clients/" + client + "/access-log")
                .then().statusCode(200).extract().jsonPath().<String>getList("items.actorSubject")).contains(coach);
    }

    @Test
    void aDeclinedReferralAllowsNothingMore() {
        UUID client = TestClients.register();
        UUID referral = referred(client, PROVIDER, "REQUESTED");
        referred(referral, client, PROVIDER, "DECLINED", OffsetDateTime.now(ZoneOffset.UTC));

        coach("coach-" + UUID.randomUUID()).body(providerConsent(PROVIDER)).post(consents(client)).then()
                .statusCode(403);
        assertNoConsents(client);
    }

    @Test
    void aConsentWiderThanTheProviderIsRefused() {
        UUID client = TestClients.register();
        String coach = "coach-" + UUID.randomUUID();
        referred(client, PROVIDER, "ACCEPTED");

        Map<String, Object> naming = providerConsent(PROVIDER);
        naming.put("parties", List.of(party(PROVIDER), Map.of("organisation", "hyvinvointialue-dev",
                "name", "Työikäisten palvelut, omatyöntekijä", "role", "SOCIAL_WELFARE_OWN_WORKER")));
        coach(coach).body(naming).post(consents(client)).then().statusCode(403);

        Map<String, Object> anotherProvider = providerConsent(OTHER_PROVIDER);
        coach(coach).body(anotherProvider).post(consents(client)).then().statusCode(403);

        Map<String, Object> widerPurpose = providerConsent(PROVIDER);
        widerPurpose.put("purpose", "SERVICE_COORDINATION");
        coach(coach).body(widerPurpose).post(consents(client)).then().statusCode(403);

        assertNoConsents(client);
    }

    private static RequestSpecification coach(String subject) {
        return as(Roles.JOB_COACH, PROVIDER, subject);
    }

    private static String consents(UUID client) {
        return "/api/v1/clients/" + client + "/consents";
    }

    private static Map<String, Object> party(String organisation) {
        return Map.of("organisation", organisation, "name", "ValmennusLehto Oy", "role", "COACHING_PROVIDER");
    }

    /** The consent the provider collected, on the form (LIITE 2). */
    private static Map<String, Object> providerConsent(String organisation) {
        return new HashMap<>(Map.of(
                "parties", List.of(party(organisation)),
                "purpose", "SUPPORTED_EMPLOYMENT_COACHING",
                "validFrom", LocalDate.now().toString(),
                "givenAs", "SIGNED_FORM",
                "clientInformed", true,
                "participationVoluntary", true,
                "givenOn", LocalDate.now().toString(),
                "givenAtPlace", "Orimattila"));
    }

    private static void assertNoConsents(UUID client) {
        as(Roles.INTAKE_WORKER).get(consents(client)).then().statusCode(200).body("items", hasSize(0));
    }

    private UUID referred(UUID client, String provider, String status) {
        UUID referral = UUID.randomUUID();
        referred(referral, client, provider, status, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        return referral;
    }

    /** The coaching service announces the referral's move, and this service has taken it in. */
    private void referred(UUID referral, UUID client, String provider, String status, OffsetDateTime at) {
        Map<String, Object> data = new HashMap<>();
        data.put("referralId", referral.toString());
        data.put("clientId", client.toString());
        data.put("episodeId", UUID.randomUUID().toString());
        data.put("previousReferralId", null);
        data.put("providerId", UUID.randomUUID().toString());
        data.put("providerOrganisation", provider);
        data.put("status", status);
        data.put("reasonCode", "DECLINED".equals(status) ? "NO_CAPACITY" : null);
        data.put("answerDueBy", LocalDate.now().plusDays(7).toString());
        data.put("changedAt", at.toString());
        data.put("sentBy", "case-owner-user");
        String eventId;
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            eventId = publisher.publish(Topics.COACHING, "coaching", "CoachingReferralStatusChanged", client, data);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(eventId));
    }

    private boolean processed(String eventId) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT count(*) FROM processed_event WHERE consumer = 'intake.coaching-events' AND event_id = ?")) {
            statement.setString(1, eventId);
            var result = statement.executeQuery();
            result.next();
            return result.getLong(1) == 1;
        }
    }
}
