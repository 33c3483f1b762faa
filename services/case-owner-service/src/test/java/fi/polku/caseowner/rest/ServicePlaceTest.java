package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.WAIT;
import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.awaitOwner;
import static fi.polku.caseowner.rest.Fixtures.events;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.caseowner.rest.Fixtures.validEvent;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
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
import fi.polku.platform.time.ServiceTime;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Where the client is on the service map (seed 004: "SOSIAALIHUOLLON TYÖLLISTYMISTÄ TUKEVAT PALVELUT · kuntouttava
 * työtoiminta … MUUT TYÖLLISTYMISTÄ TUKEVAT PALVELUT · työkokeilu … KOULUTUS … KUNTOUTUS … AVOIMET TYÖMARKKINAT …
 * ELÄKE"), and since when: learned from the services' events and this service's closures, or recorded by the case
 * owner, so that work lists and the gap watch say where each client is and how long they have been there.
 */
@QuarkusTest
class ServicePlaceTest {

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

    private static LocalDate today() {
        return LocalDate.now(ServiceTime.FINLAND);
    }

    @Test
    void aClientStartsInServiceGuidanceAndMovesWithTheAssessmentAndCoachingEvents() {
        String owner = addProfessional("Kartan Kaisa", "SOCIAL_WELFARE_OWN_WORKER", "811", 10);
        OffsetDateTime registeredAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(20);
        UUID client = registerClient(publisher, "811", registeredAt);
        awaitOwner(client, owner);
        assertPlace(client, "SERVICE_GUIDANCE", registeredAt.atZoneSameInstant(ServiceTime.FINLAND).toLocalDate());
        JsonNode first = validEvent(kafka, "ClientPlaceChanged", client);
        assertThat(first.path("data").path("previousPlace").isNull()).isTrue();
        assertThat(first.path("data").path("source").asText()).isEqualTo("CLIENT_REGISTERED");

        String assessment = UUID.randomUUID().toString();
        OffsetDateTime scheduledAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10);
        Map<String, Object> scheduled = Map.of("clientId", client.toString(), "assessmentId", assessment,
                "teamId", UUID.randomUUID().toString(), "appointmentAt", scheduledAt.plusDays(7).toString(),
                "scheduledAt", scheduledAt.toString());
        publisher.publish(Topics.ASSESSMENT, "assessment", "AssessmentScheduled", client, scheduled);
        publisher.publish(Topics.ASSESSMENT, "assessment", "AssessmentScheduled", client, scheduled);
        awaitPlace(client, "WORK_ABILITY_ASSESSMENT");
        assertPlace(client, "WORK_ABILITY_ASSESSMENT", scheduledAt.atZoneSameInstant(ServiceTime.FINLAND).toLocalDate());

        publisher.publish(Topics.ASSESSMENT, "assessment", "AssessmentConcluded", client, Map.of("clientId",
                client.toString(), "assessmentId", assessment, "concludedAt",
                OffsetDateTime.now().minusDays(8).toString()));
        awaitPlace(client, "SERVICE_GUIDANCE");
        String episode = UUID.randomUUID().toString();
        publisher.publish(Topics.COACHING, "coaching", "CoachingStarted", client, Map.of("clientId",
                client.toString(), "episodeId", episode, "providerId", UUID.randomUUID().toString(),
                "providerOrganisation", "2345678-0", "coachId", UUID.randomUUID().toString(),
                "startedAt", OffsetDateTime.now().minusDays(5).toString()));
        awaitPlace(client, "SUPPORTED_EMPLOYMENT_COACHING");
        LocalDate trialStart = today().minusDays(1);
        publisher.publish(Topics.COACHING, "coaching", "JobStarted", client, Map.of("clientId", client.toString(),
                "episodeId", episode, "jobId", UUID.randomUUID().toString(), "providerId",
                UUID.randomUUID().toString(), "kind", "WORK_TRIAL", "openLabourMarket", true, "hoursPerWeek", 20,
                "startDate", trialStart.toString(), "permanent", false));
        awaitPlace(client, "WORK_TRIAL");
        assertPlace(client, "WORK_TRIAL", trialStart);
        publisher.publish(Topics.COACHING, "coaching", "CoachingEnded", client, coachingEnded(client, episode,
                "PAID_WORK"));
        awaitPlace(client, "OPEN_LABOUR_MARKET");

        JsonPath history = as(Roles.CASE_OWNER).get("/api/v1/clients/" + client + "/places").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("items.source")).containsExactly("CLIENT_REGISTERED", "ASSESSMENT_SCHEDULED",
                "ASSESSMENT_CONCLUDED", "COACHING_STARTED", "JOB_STARTED", "COACHING_ENDED");
        assertThat(history.getList("items.place")).containsExactly("SERVICE_GUIDANCE", "WORK_ABILITY_ASSESSMENT",
                "SERVICE_GUIDANCE", "SUPPORTED_EMPLOYMENT_COACHING", "WORK_TRIAL", "OPEN_LABOUR_MARKET");
        JsonNode last = latestPlaceChange(client, 6);
        assertThat(last.path("data").path("previousPlace").asText()).isEqualTo("WORK_TRIAL");
        assertThat(last.path("data").path("source").asText()).isEqualTo("COACHING_ENDED");
    }

    /** The end of a service the client is no longer in (they moved on meanwhile) does not move them back. */
    @Test
    void theEndOfAServiceMovesTheClientBackOnlyWhenTheyAreStillThere() {
        String owner = addProfessional("Päättyvä Päivi", "SOCIAL_WELFARE_OWN_WORKER", "812", 10);
        UUID client = registerClient(publisher, "812");
        awaitOwner(client, owner);
        String episode = UUID.randomUUID().toString();
        publisher.publish(Topics.COACHING, "coaching", "CoachingStarted", client, Map.of("clientId",
                client.toString(), "episodeId", episode, "providerId", UUID.randomUUID().toString(),
                "providerOrganisation", "2345678-0", "coachId", UUID.randomUUID().toString(),
                "startedAt", OffsetDateTime.now().toString()));
        awaitPlace(client, "SUPPORTED_EMPLOYMENT_COACHING");
        as(Roles.CASE_OWNER).body(Map.of("place", "REHABILITATION", "since", today().toString()))
                .post("/api/v1/clients/" + client + "/places").then().statusCode(201);

        publisher.publish(Topics.COACHING, "coaching", "CoachingEnded", client, coachingEnded(client, episode, null));
        await().atMost(WAIT).until(() -> as(Roles.CASE_OWNER).get("/api/v1/clients/" + client + "/places").then()
                .extract().<List<String>>path("items.source").size() == 3);
        assertPlace(client, "REHABILITATION", today());
        UUID assessed = registerClient(publisher, "812");
        awaitOwner(assessed, owner);
        String assessment = UUID.randomUUID().toString();
        publisher.publish(Topics.ASSESSMENT, "assessment", "AssessmentScheduled", assessed, Map.of("clientId",
                assessed.toString(), "assessmentId", assessment, "teamId", UUID.randomUUID().toString(),
                "appointmentAt", OffsetDateTime.now().plusDays(7).toString(),
                "scheduledAt", OffsetDateTime.now().toString()));
        awaitPlace(assessed, "WORK_ABILITY_ASSESSMENT");
        publisher.publish(Topics.ASSESSMENT, "assessment", "AssessmentCancelled", assessed, Map.of("clientId",
                assessed.toString(), "assessmentId", assessment, "reason", "CLIENT_DID_NOT_ATTEND",
                "cancelledAt", OffsetDateTime.now().toString()));
        awaitPlace(assessed, "SERVICE_GUIDANCE");
    }

    /**
     * The places the events do not tell, e.g. rehabilitative work activity ("kuntouttava työtoiminta") or training,
     * the case owner records as agreed with the client; a later day wins, an older one is kept in the history only.
     */
    @Test
    void theCaseOwnerRecordsWhereTheClientIsAndTheWorkListsAndGapWatchShowHowLong() {
        UUID client = registerClient(publisher, "813", OffsetDateTime.now(ZoneOffset.UTC).minusDays(60));
        awaitOwner(client, null);
        String places = "/api/v1/clients/" + client + "/places";
        LocalDate since = today().minusDays(10);

        var recorded = as(Roles.CASE_OWNER).body(Map.of("place", "REHABILITATIVE_WORK_ACTIVITY",
                "since", since.toString())).post(places).then().statusCode(201).extract();
        assertThat(recorded.header("Location")).endsWith(places + "/" + recorded.path("id"));
        assertThat(recorded.<String>path("recordedBy")).isNotBlank();
        as(Roles.CASE_OWNER).get(recorded.header("Location")).then().statusCode(200)
                .body("place", equalTo("REHABILITATIVE_WORK_ACTIVITY")).body("source", equalTo("CASE_OWNER"));
        assertPlace(client, "REHABILITATIVE_WORK_ACTIVITY", since);
        JsonNode changed = latestPlaceChange(client, 2);
        assertThat(changed.path("data").path("place").asText()).isEqualTo("REHABILITATIVE_WORK_ACTIVITY");
        assertThat(changed.path("data").path("since").asText()).isEqualTo(since.toString());
        assertThat(changed.path("data").path("previousPlace").asText()).isEqualTo("SERVICE_GUIDANCE");
        assertThat(changed.path("data").path("source").asText()).isEqualTo("CASE_OWNER");

        var gap = as(Roles.COORDINATOR).queryParam("municipality", "813").queryParam("rule", "NO_CASE_OWNER")
                .get("/api/v1/gaps").then().statusCode(200).extract().jsonPath();
        assertThat(gap.getList("items.clientId")).containsExactly(client.toString());
        assertThat(gap.getString("items[0].place")).isEqualTo("REHABILITATIVE_WORK_ACTIVITY");
        assertThat(gap.getString("items[0].placeSince")).isEqualTo(since.toString());
        assertThat(gap.getLong("items[0].daysInPlace")).isEqualTo(10);

        as(Roles.CASE_OWNER).body(Map.of("place", "TRAINING", "since", since.minusDays(30).toString())).post(places)
                .then().statusCode(201);
        assertPlace(client, "REHABILITATIVE_WORK_ACTIVITY", since);
        assertThat(as(Roles.CASE_OWNER).get(places).then().extract().<List<String>>path("items.place"))
                .containsExactly("SERVICE_GUIDANCE", "REHABILITATIVE_WORK_ACTIVITY", "TRAINING");

        as(Roles.CASE_OWNER).body(Map.of("place", "TRAINING", "since", today().plusDays(1).toString())).post(places)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("since"));
        as(Roles.CASE_OWNER).body(Map.of("place", "MARS", "since", since.toString())).post(places).then()
                .statusCode(400).body("violations[0].field", equalTo("place"));
        as(Roles.CASE_OWNER).body(Map.of()).post(places).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("place", "since"));
        assertThat(as(Roles.CASE_OWNER).get(places).then().extract().<List<String>>path("items.place")).hasSize(3);
        as(Roles.CASE_OWNER).get(places + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    /** Seed 004's map continues after the package: "AVOIMET TYÖMARKKINAT", "KOULUTUS", "ELÄKE". */
    @Test
    void closingPutsTheClientWhereTheyWentAndReopeningBringsThemBackToServiceGuidance() {
        String owner = addProfessional("Sulkeva Sirkka", "SOCIAL_WELFARE_OWN_WORKER", "814", 10);
        UUID client = registerClient(publisher, "814");
        awaitOwner(client, owner);
        String followUp = as(Roles.CASE_OWNER).body(Map.of("reason", "STUDIES", "followUpInMonths", 1))
                .post("/api/v1/clients/" + client + "/closure").then().statusCode(200).extract().path("followUpId");
        assertPlace(client, "TRAINING", today());
        assertThat(latestPlaceChange(client, 2).path("data").path("source").asText()).isEqualTo("CLIENTSHIP_CLOSED");

        as(Roles.CASE_OWNER).body(Map.of("outcome", "NEEDS_SERVICES_AGAIN"))
                .post("/api/v1/follow-ups/" + followUp + "/completion").then().statusCode(200);
        assertPlace(client, "SERVICE_GUIDANCE", today());
        assertThat(as(Roles.CASE_OWNER).get("/api/v1/clients/" + client + "/places").then().extract()
                .<List<String>>path("items.source"))
                .containsExactly("CLIENT_REGISTERED", "CLIENTSHIP_CLOSED", "CLIENTSHIP_REOPENED");
    }

    /** The latest of at least {@code atLeast} ClientPlaceChanged events of the client, checked against its schema. */
    private JsonNode latestPlaceChange(UUID client, int atLeast) {
        List<JsonNode> changes = events(kafka, "ClientPlaceChanged", client, atLeast);
        JsonNode latest = changes.get(changes.size() - 1);
        EventSchemas.assertValid(latest);
        return latest;
    }

    private static Map<String, Object> coachingEnded(UUID client, String episode, String outcome) {
        Map<String, Object> data = new HashMap<>();
        data.put("clientId", client.toString());
        data.put("episodeId", episode);
        data.put("providerId", UUID.randomUUID().toString());
        data.put("outcome", outcome);
        data.put("endReason", outcome == null ? "CLIENT_WISH" : null);
        data.put("endedAt", OffsetDateTime.now().toString());
        return data;
    }

    private static void awaitPlace(UUID client, String place) {
        await().atMost(WAIT).until(() -> place.equals(as(Roles.CASE_OWNER)
                .get("/api/v1/clients/" + client + "/case-owner").then().extract().path("place")));
    }

    private static void assertPlace(UUID client, String place, LocalDate since) {
        as(Roles.CASE_OWNER).get("/api/v1/clients/" + client + "/case-owner").then().statusCode(200)
                .body("place", equalTo(place)).body("placeSince", equalTo(since.toString()));
    }
}
