package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.WAIT;
import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.awaitOwner;
import static fi.polku.caseowner.rest.Fixtures.professional;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.caseowner.service.DueReminders;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.AccessFactEvents;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.contract.Paging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 17 §1: a job coach hands a client back to the case owner, with the coaching episode as basis; the receiver
 * (the case owner, or the municipality's coordinator while there is none) moves it, the coach hears of every move in
 * their notification feed, and an unanswered one is reminded after its answer day (CaseOwnerReferralRules). Seed 003
 * §2.6: "Omatyöntekijä seuraa asiakkaan etenemistä, koordinoi palvelukokonaisuutta, ohjaa asiakasta tarvittaessa
 * muiden palvelujen pariin"; §3.2: "… asiakkaan saama tuki säilyy eikä hän jää tyhjään päälle".
 */
@QuarkusTest
class CaseOwnerReferralTest {

    private static final String REFERRALS = "/api/v1/case-owner-referrals";
    private static final String FEED = "/api/v1/notifications/me";
    private static final String WORDS = "Asiakas tarvitsee nyt päihdekuntoutusta ennen työnhakua";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    DueReminders reminders;

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
    void theCaseOwnerTakesTheClientBackThroughEveryStatusAndTheCoachHearsOfEachMove() {
        String ownerSubject = "owner-" + UUID.randomUUID();
        UUID client = clientOwnedBy(ownerSubject, "Vastaanottava Veera", "171");
        String provider = newProvider();
        UUID episode = coachingStarted(client, provider);
        String coachSubject = "coach-" + UUID.randomUUID();

        var sent = send(coach(provider, coachSubject), episode, "REHABILITATION_NEEDED", WORDS);
        String id = sent.path("id");
        assertThat(sent.header("Location")).endsWith(REFERRALS + "/" + id);
        assertThat(sent.<String>path("status")).isEqualTo("REQUESTED");
        assertThat(sent.<String>path("clientId")).isEqualTo(client.toString());
        assertThat(sent.<String>path("reason")).isEqualTo(WORDS);
        assertThat(sent.<String>path("sentBy")).isEqualTo(coachSubject);
        assertThat(sent.<String>path("senderOrganisation")).isEqualTo(provider);
        assertThat(LocalDate.parse(sent.path("answerDueBy"))).isAfter(today());

        JsonNode requested = eventOf(client, "REQUESTED");
        EventSchemas.assertValid(requested);
        assertThat(requested.path("data").path("reasonCode").asText()).isEqualTo("REHABILITATION_NEEDED");
        assertThat(requested.path("data").path("providerOrganisation").asText()).isEqualTo(provider);
        assertThat(requested.toString()).as("the coach's words stay in case-owner").doesNotContain("päihde");

        await().atMost(WAIT).untilAsserted(() -> feedOf(ownerSubject).get(FEED).then().statusCode(200)
                .body("items.find { it.referenceId == '" + id + "' }.rule", equalTo("CASE_OWNER_REFERRAL_RECEIVED"))
                .body("items.find { it.referenceId == '" + id + "' }.code", equalTo("REHABILITATION_NEEDED")));
        assertThat(feedOf(ownerSubject).get(REFERRALS).then().statusCode(200).extract().<List<String>>path("items.id"))
                .as("the case owner's referrals to answer").contains(id);
        coach(provider, coachSubject).queryParam("episodeId", episode.toString()).get(REFERRALS).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id))
                .body("items[0].status", equalTo("REQUESTED"));

        String etag = sent.header("ETag");
        feedOf(ownerSubject).body(Map.of()).post(REFERRALS + "/" + id + "/acceptance").then().statusCode(428);
        feedOf(ownerSubject).header("If-Match", "\"99\"").body(Map.of()).post(REFERRALS + "/" + id + "/acceptance")
                .then().statusCode(412);
        etag = move(ownerSubject, id, "acceptance", etag, Map.of("note", "Soitan asiakkaalle huomenna"), "ACCEPTED");
        feedOf(ownerSubject).header("If-Match", etag)
                .body(Map.of("reasonCode", "ALREADY_IN_HAND")).post(REFERRALS + "/" + id + "/decline").then()
                .statusCode(422);
        etag = move(ownerSubject, id, "start", etag, Map.of(), "IN_PROGRESS");
        coach(provider, coachSubject).header("If-Match", etag).body(Map.of()).post(REFERRALS + "/" + id
                + "/cancellation").then().statusCode(422);
        move(ownerSubject, id, "completion", etag, Map.of(), "COMPLETED");

        var read = coach(provider, coachSubject).get(REFERRALS + "/" + id).then().statusCode(200).extract();
        assertThat(read.<List<String>>path("history.status"))
                .containsExactly("REQUESTED", "ACCEPTED", "IN_PROGRESS", "COMPLETED");
        assertThat(read.<List<String>>path("history.changedBy"))
                .containsExactly(coachSubject, ownerSubject, ownerSubject, ownerSubject);
        assertThat(read.<String>path("history[1].note")).isEqualTo("Soitan asiakkaalle huomenna");
        await().atMost(WAIT).untilAsserted(() -> assertThat(coach(provider, coachSubject).get(FEED).then()
                .statusCode(200).extract().<List<String>>path("items.code"))
                .containsExactly("COMPLETED", "IN_PROGRESS", "ACCEPTED"));
        assertThat(coach(provider, coachSubject).get(FEED).then().extract().<List<String>>path("items.rule"))
                .containsOnly("CASE_OWNER_REFERRAL_MOVED");
        assertThat(coach(provider, "other-coach-" + UUID.randomUUID()).get(FEED).then().statusCode(200).extract()
                .<List<String>>path("items")).as("another coach of the provider hears nothing").isEmpty();
    }

    @Test
    void theCoachHearsOfADeclineWithItsReasonAndCancelsAnotherReferralBeforeTheStart() {
        String ownerSubject = "owner-" + UUID.randomUUID();
        UUID client = clientOwnedBy(ownerSubject, "Hylkäävä Hanna", "172");
        String provider = newProvider();
        UUID episode = coachingStarted(client, provider);
        String coachSubject = "coach-" + UUID.randomUUID();

        var declined = send(coach(provider, coachSubject), episode, "SERVICE_NOT_RIGHT_NOW", null);
        send(coach(provider, coachSubject), episode, "OTHER", null, 400);
        String id = declined.path("id");
        feedOf(ownerSubject).header("If-Match", declined.header("ETag")).body(Map.of("reasonCode", "OTHER"))
                .post(REFERRALS + "/" + id + "/decline").then().statusCode(400);
        move(ownerSubject, id, "decline", declined.header("ETag"), Map.of("reasonCode", "COACHING_SHOULD_CONTINUE"),
                "DECLINED");
        await().atMost(WAIT).untilAsserted(() -> coach(provider, coachSubject).get(FEED).then().statusCode(200)
                .body("items.find { it.referenceId == '" + id + "' }.rule", equalTo("CASE_OWNER_REFERRAL_DECLINED"))
                .body("items.find { it.referenceId == '" + id + "' }.code", equalTo("COACHING_SHOULD_CONTINUE")));
        EventSchemas.assertValid(eventOf(client, "DECLINED"));

        var cancelled = send(coach(provider, coachSubject), episode, "BENEFIT_QUESTION", null);
        String second = cancelled.path("id");
        coach(newProvider(), coachSubject).header("If-Match", cancelled.header("ETag")).body(Map.of())
                .post(REFERRALS + "/" + second + "/cancellation").then().statusCode(403);
        feedOf(ownerSubject).header("If-Match", cancelled.header("ETag")).body(Map.of())
                .post(REFERRALS + "/" + second + "/cancellation").then().statusCode(403);
        coach(provider, "colleague-" + UUID.randomUUID()).header("If-Match", cancelled.header("ETag"))
                .body(Map.of("note", "Asia selvisi")).post(REFERRALS + "/" + second + "/cancellation").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        await().atMost(WAIT).untilAsserted(() -> feedOf(ownerSubject).get(FEED).then().statusCode(200)
                .body("items.find { it.referenceId == '" + second + "' && it.rule == 'CASE_OWNER_REFERRAL_CANCELLED' }"
                        + ".clientId", equalTo(client.toString())));
        assertThat(coach(provider, coachSubject).queryParam("status", "CANCELLED").get(REFERRALS).then()
                .statusCode(200).extract().<List<String>>path("items.id")).containsExactly(second);
    }

    @Test
    void whileTheClientHasNoCaseOwnerTheMunicipalitysCoordinatorAnswers() {
        String coordinatorSubject = "coordinator-" + UUID.randomUUID();
        String coordinator = addProfessional(withUser(professional("Koordinoiva Kirsi", "WORK_ABILITY_COORDINATOR",
                "173", 1), coordinatorSubject));
        UUID owned = registerClient(publisher, "173");
        awaitOwner(owned, coordinator);
        UUID unowned = registerClient(publisher, "173");
        awaitOwner(unowned, null);
        String otherSubject = "owner-" + UUID.randomUUID();
        addProfessional(withUser(professional("Muun Kunnan Mervi", "WORK_ABILITY_COORDINATOR", "175", 50),
                otherSubject));
        String provider = newProvider();
        UUID episode = coachingStarted(unowned, provider);

        var sent = send(coach(provider, "coach-" + UUID.randomUUID()), episode, "CRISIS", null);
        String id = sent.path("id");
        await().atMost(WAIT).untilAsserted(() -> coordinatorOf(coordinatorSubject).get(FEED).then().statusCode(200)
                .body("items.find { it.referenceId == '" + id + "' }.rule", equalTo("CASE_OWNER_REFERRAL_RECEIVED")));
        assertThat(coordinatorOf(coordinatorSubject).get(REFERRALS).then().statusCode(200).extract()
                .<List<String>>path("items.id")).contains(id);
        coordinatorOf(otherSubject).header("If-Match", sent.header("ETag")).body(Map.of())
                .post(REFERRALS + "/" + id + "/acceptance").then().statusCode(403);
        assertThat(coordinatorOf(otherSubject).get(REFERRALS).then().statusCode(200).extract()
                .<List<String>>path("items.id")).doesNotContain(id);
        coordinatorOf(coordinatorSubject).header("If-Match", sent.header("ETag")).body(Map.of())
                .post(REFERRALS + "/" + id + "/acceptance").then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aCoachWithoutTheEpisodeAndACaseOwnerOfAnotherClientAreRefused() {
        String ownerSubject = "owner-" + UUID.randomUUID();
        String owner = addProfessional(withUser(professional("Oikea Omistaja", "SOCIAL_WELFARE_OWN_WORKER", "174",
                50), ownerSubject));
        String strangerSubject = "owner-" + UUID.randomUUID();
        String stranger = addProfessional(withUser(professional("Toisen Asiakkaan Tiina",
                "EMPLOYMENT_SERVICES_OWN_COACH", "177", 50), strangerSubject));
        awaitOwner(registerClient(publisher, "177"), stranger);
        UUID client = registerClient(publisher, "174");
        awaitOwner(client, owner);
        String provider = newProvider();
        // an episode ended more than 30 days ago is no basis any more; its events come before the open episode's
        UUID ended = coachingStarted(client, provider);
        coachingEnded(client, ended, OffsetDateTime.now(ZoneOffset.UTC).minusDays(31));
        UUID episode = coachingStarted(client, provider);
        var sent = send(coach(provider, "coach-" + UUID.randomUUID()), episode, "CLIENT_UNREACHABLE", null);
        String id = sent.path("id");
        send(coach(provider, "coach-" + UUID.randomUUID()), ended, "CRISIS", null, 403);

        send(coach(newProvider(), "coach-" + UUID.randomUUID()), episode, "CRISIS", null, 403);
        send(coach(provider, "coach-" + UUID.randomUUID()), UUID.randomUUID(), "CRISIS", null, 422);
        as(Roles.CASE_OWNER).body(Map.of("episodeId", episode, "reasonCode", "CRISIS")).post(REFERRALS).then()
                .statusCode(403);

        feedOf(strangerSubject).get(REFERRALS + "/" + id).then().statusCode(403);
        feedOf(strangerSubject).header("If-Match", sent.header("ETag")).body(Map.of())
                .post(REFERRALS + "/" + id + "/acceptance").then().statusCode(403);
        coach(newProvider(), "coach-" + UUID.randomUUID()).get(REFERRALS + "/" + id).then().statusCode(403);
        assertThat(coach(newProvider(), "coach-" + UUID.randomUUID()).get(REFERRALS).then().statusCode(200).extract()
                .<List<String>>path("items.id")).doesNotContain(id);
        as(Roles.INTAKE_WORKER).get(REFERRALS).then().statusCode(403);
        as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, "unregistered-" + UUID.randomUUID()).get(REFERRALS).then()
                .statusCode(403);
        feedOf(ownerSubject).get(REFERRALS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anUnansweredReferralBackIsRemindedToTheReceiverOnceTheDayAfterItsAnswerDay() {
        String ownerSubject = "owner-" + UUID.randomUUID();
        UUID client = clientOwnedBy(ownerSubject, "Muistettava Minna", "176");
        String provider = newProvider();
        var sent = send(coach(provider, "coach-" + UUID.randomUUID()), coachingStarted(client, provider),
                "BENEFIT_QUESTION", null);
        String id = sent.path("id");
        LocalDate due = LocalDate.parse(sent.path("answerDueBy"));

        reminders.remindAt(due.atTime(12, 0).atOffset(ZoneOffset.UTC));
        assertThat(unanswered(ownerSubject, id)).isEmpty();
        reminders.remindAt(due.plusDays(1).atTime(12, 0).atOffset(ZoneOffset.UTC));
        reminders.remindAt(due.plusDays(2).atTime(12, 0).atOffset(ZoneOffset.UTC));
        assertThat(unanswered(ownerSubject, id)).hasSize(1);
    }

    @Test
    void aReferralAndItsEpisodeFollowTheClientWhenIntakeMergesADuplicateRegistration() {
        String ownerSubject = "owner-" + UUID.randomUUID();
        String owner = addProfessional(withUser(professional("Yhdistävä Ulla", "SOCIAL_WELFARE_OWN_WORKER", "178",
                50), ownerSubject));
        UUID kept = registerClient(publisher, "178");
        UUID merged = registerClient(publisher, "178");
        awaitOwner(kept, owner);
        awaitOwner(merged, owner);
        String provider = newProvider();
        String coachSubject = "coach-" + UUID.randomUUID();
        UUID episode = coachingStarted(merged, provider);
        var sent = send(coach(provider, coachSubject), episode, "CRISIS", null);
        String id = sent.path("id");

        publisher.publish(Topics.INTAKE, "intake", "ClientsMerged", kept, Map.of("clientId", kept.toString(),
                "mergedClientId", merged.toString(), "mergedAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        AccessFactEvents.recordsMerged(publisher, kept, merged);

        await().atMost(WAIT).untilAsserted(() -> feedOf(ownerSubject).get(REFERRALS + "/" + id).then()
                .statusCode(200).body("clientId", equalTo(kept.toString())).body("status", equalTo("REQUESTED")));
        move(ownerSubject, id, "acceptance", sent.header("ETag"), Map.of(), "ACCEPTED");
        assertThat(send(coach(provider, coachSubject), episode, "BENEFIT_QUESTION", null).<String>path("clientId"))
                .as("the episode is the kept client's now").isEqualTo(kept.toString());
    }

    @Test
    void theSendersAndTheReceiversListsPageOldestFirstWithReferralsSentWhileTheyPage() {
        String ownerSubject = "owner-" + UUID.randomUUID();
        UUID client = clientOwnedBy(ownerSubject, "Sivuttava Sanni", "179");
        String provider = newProvider();
        String coachSubject = "coach-" + UUID.randomUUID();
        UUID episode = coachingStarted(client, provider);
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(send(coach(provider, coachSubject), episode, "CRISIS", null).path("id"));
        }
        Runnable sendAnother = () -> sent.add(send(coach(provider, coachSubject), episode, "BENEFIT_QUESTION", null)
                .path("id"));

        List<String> walkedBySender = Paging.collect(
                cursor -> pageOf(coach(provider, coachSubject), REFERRALS, cursor), "id", sendAnother);
        assertThat(walkedBySender).hasSizeGreaterThan(3).containsExactlyElementsOf(sent);
        List<String> walkedByReceiver = Paging.collect(cursor -> pageOf(feedOf(ownerSubject), REFERRALS, cursor),
                "id", sendAnother);
        assertThat(walkedByReceiver).hasSizeGreaterThan(walkedBySender.size()).containsExactlyElementsOf(sent);

        for (String id : sent.subList(0, 3)) {
            move(ownerSubject, id, "acceptance", feedOf(ownerSubject).get(REFERRALS + "/" + id).header("ETag"),
                    Map.of(), "ACCEPTED");
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(coach(provider, coachSubject).get(FEED).then()
                .statusCode(200).extract().<List<String>>path("items.referenceId"))
                .containsExactly(sent.get(2), sent.get(1), sent.get(0)));
        List<String> feed = coach(provider, coachSubject).get(FEED).then().statusCode(200).extract().path("items.id");
        assertThat(Paging.collect(cursor -> pageOf(coach(provider, coachSubject), FEED, cursor), "id", () -> { }))
                .as("the coach's feed, newest first in pages").isEqualTo(feed);
    }

    /** A client of the municipality whose case owner, a new professional, signs in as {@code ownerSubject}. */
    private UUID clientOwnedBy(String ownerSubject, String ownerName, String municipality) {
        String owner = addProfessional(withUser(professional(ownerName, "SOCIAL_WELFARE_OWN_WORKER", municipality,
                50), ownerSubject));
        UUID client = registerClient(publisher, municipality);
        awaitOwner(client, owner);
        return client;
    }

    private static Response pageOf(RequestSpecification caller, String path, String cursor) {
        RequestSpecification page = caller.queryParam("limit", 2);
        return (cursor == null ? page : page.queryParam("cursor", cursor)).get(path);
    }

    private static List<String> unanswered(String subject, String referralId) {
        return feedOf(subject).queryParam("limit", 200).get(FEED).then().statusCode(200).extract()
                .path("items.findAll { it.rule == 'REFERRAL_UNANSWERED' && it.referenceId == '" + referralId
                        + "' }.id");
    }

    private static String move(String subject, String id, String step, String etag, Map<String, Object> body,
            String status) {
        return feedOf(subject).header("If-Match", etag).body(body).post(REFERRALS + "/" + id + "/" + step).then()
                .statusCode(200).body("status", equalTo(status)).extract().header("ETag");
    }

    /** Sends once coaching's CoachingStarted has reached this service (422 until then). */
    private static ExtractableResponse<Response> send(RequestSpecification coach, UUID episode, String reasonCode,
            String reason) {
        Map<String, Object> body = body(episode, reasonCode, reason);
        AtomicReference<ExtractableResponse<Response>> created = new AtomicReference<>();
        await().atMost(WAIT).until(() -> {
            var answer = coach.body(body).post(REFERRALS).then().extract();
            assertThat(answer.statusCode()).isIn(201, 422);
            created.set(answer);
            return answer.statusCode() == 201;
        });
        return created.get();
    }

    private static void send(RequestSpecification coach, UUID episode, String reasonCode, String reason,
            int status) {
        coach.body(body(episode, reasonCode, reason)).post(REFERRALS).then().statusCode(status);
    }

    private static Map<String, Object> body(UUID episode, String reasonCode, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("episodeId", episode.toString());
        body.put("reasonCode", reasonCode);
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private JsonNode eventOf(UUID client, String status) {
        List<JsonNode> events = EventLog.events(kafka, Topics.CASE_OWNER, event -> EventLog
                .ofType("CaseOwnerReferralStatusChanged", client).test(event)
                && status.equals(event.path("data").path("status").asText()), 1, WAIT);
        assertThat(events).as(status + " event").isNotEmpty();
        return events.get(events.size() - 1);
    }

    private UUID coachingStarted(UUID client, String providerOrganisation) {
        UUID episode = UUID.randomUUID();
        publisher.publish(Topics.COACHING, "coaching", "CoachingStarted", client, Map.of("clientId",
                client.toString(), "episodeId", episode.toString(), "providerId", UUID.randomUUID().toString(),
                "providerOrganisation", providerOrganisation, "coachId", UUID.randomUUID().toString(), "startedAt",
                OffsetDateTime.now(ZoneOffset.UTC).toString()));
        return episode;
    }

    private void coachingEnded(UUID client, UUID episode, OffsetDateTime endedAt) {
        Map<String, Object> data = new HashMap<>();
        data.put("clientId", client.toString());
        data.put("episodeId", episode.toString());
        data.put("providerId", UUID.randomUUID().toString());
        data.put("outcome", null);
        data.put("endReason", "CLIENT_WISH");
        data.put("endedAt", endedAt.toString());
        publisher.publish(Topics.COACHING, "coaching", "CoachingEnded", client, data);
    }

    private static String newProvider() {
        return "provider-" + UUID.randomUUID();
    }

    private static RequestSpecification coach(String provider, String subject) {
        return as(Roles.JOB_COACH, provider, subject);
    }

    private static RequestSpecification feedOf(String subject) {
        return as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, subject);
    }

    private static RequestSpecification coordinatorOf(String subject) {
        return as(Roles.COORDINATOR, Tokens.DEFAULT_ORGANISATION, subject);
    }

    private static Map<String, Object> withUser(Map<String, Object> professional, String userId) {
        professional.put("userId", userId);
        return professional;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Helsinki"));
    }
}
