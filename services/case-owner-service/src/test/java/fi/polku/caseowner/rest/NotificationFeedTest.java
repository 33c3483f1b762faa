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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.polku.caseowner.service.DueReminders;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 17 §3: each professional's notification feed, fed over real Kafka by the rule table (NotificationRule), and
 * reminders that fall due at the times the test chooses; §1: the unanswered and the declined coaching referral in
 * the gap watch, and the same for a case owner's referral to a work-ability team.
 */
@QuarkusTest
class NotificationFeedTest {

    private static final String FEED = "/api/v1/notifications/me";

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
    void theCaseOwnerHearsWhatHappensToTheirClientsAndNobodyElseDoes() {
        String subject = "feed-" + UUID.randomUUID();
        String owner = addProfessional(withUser(professional("Ilmoitettu Iida", "SOCIAL_WELFARE_OWN_WORKER", "977",
                50), subject));
        String otherSubject = "feed-" + UUID.randomUUID();
        addProfessional(withUser(professional("Muu Matti", "EMPLOYMENT_SERVICES_OWN_COACH", "976", 50),
                otherSubject));
        UUID client = registerClient(publisher, "977");
        awaitOwner(client, owner);
        UUID referral = UUID.randomUUID();

        referralMoved(client, referral, "REQUESTED", null, today().plusDays(7));
        referralMoved(client, referral, "DECLINED", "NO_CAPACITY", today().plusDays(7));
        publisher.publish(Topics.INTAKE, "intake", "ConsentWithdrawn", client, Map.of("clientId", client.toString(),
                "consentId", UUID.randomUUID().toString(), "parties", List.of(Map.of("organisation", "1234567-1",
                        "role", "COACHING_PROVIDER")), "purpose", "SUPPORTED_EMPLOYMENT_COACHING",
                "withdrawnFrom", OffsetDateTime.now().toString(), "withdrawnAt", OffsetDateTime.now().toString()));
        UUID job = UUID.randomUUID();
        publisher.publish(Topics.COACHING, "coaching", "JobStarted", client, Map.of("clientId", client.toString(),
                "episodeId", UUID.randomUUID().toString(), "jobId", job.toString(), "providerId",
                UUID.randomUUID().toString(), "kind", "WORK_TRIAL", "openLabourMarket", true, "hoursPerWeek", 20,
                "startDate", today().toString(), "permanent", false, "wageAtLeastCollectiveAgreement", true));

        await().atMost(WAIT).until(() -> feedOf(subject).get(FEED).then().extract().<List<String>>path("items.id")
                .size() == 3);
        var feed = feedOf(subject).get(FEED).then().statusCode(200).extract();
        assertThat(feed.<List<String>>path("items.rule"))
                .containsExactlyInAnyOrder("REFERRAL_DECLINED", "CONSENT_WITHDRAWN", "JOB_STARTED");
        List<String> created = feed.path("items.createdAt");
        assertThat(created).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));
        feedOf(subject).get(FEED).then()
                .body("items.find { it.rule == 'REFERRAL_DECLINED' }.code", equalTo("NO_CAPACITY"))
                .body("items.find { it.rule == 'REFERRAL_DECLINED' }.referenceId", equalTo(referral.toString()))
                .body("items.find { it.rule == 'REFERRAL_DECLINED' }.clientId", equalTo(client.toString()))
                .body("items.find { it.rule == 'REFERRAL_DECLINED' }.eventType",
                        equalTo("fi.polku.coaching.CoachingReferralStatusChanged.v1"))
                .body("items.find { it.rule == 'JOB_STARTED' }.referenceId", equalTo(job.toString()))
                .body("items.find { it.rule == 'JOB_STARTED' }.code", equalTo("WORK_TRIAL"));

        // pages of one, newest first, each item once
        List<String> all = feed.path("items.id");
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification page = feedOf(subject).queryParam("limit", 1);
            var answer = (cursor == null ? page : page.queryParam("cursor", cursor)).get(FEED).then()
                    .statusCode(200).extract();
            walked.addAll(answer.path("items.id"));
            cursor = answer.path("next");
        } while (cursor != null);
        assertThat(walked).isEqualTo(all);

        // read and unread; only the recipient marks theirs
        String first = all.get(0);
        feedOf(otherSubject).post("/api/v1/notifications/" + first + "/read").then().statusCode(403);
        feedOf(subject).post("/api/v1/notifications/" + first + "/read").then().statusCode(200)
                .body("read", equalTo(true));
        String readAt = feedOf(subject).post("/api/v1/notifications/" + first + "/read").then().statusCode(200)
                .extract().path("readAt");
        assertThat(feedOf(subject).get(FEED).then().extract().<String>path("items[0].readAt")).isEqualTo(readAt);
        assertThat(feedOf(subject).queryParam("read", false).get(FEED).then().statusCode(200).extract()
                .<List<String>>path("items.id")).containsExactlyElementsOf(all.subList(1, 3));
        assertThat(feedOf(subject).queryParam("read", true).get(FEED).then().statusCode(200).extract()
                .<List<String>>path("items.id")).containsExactly(first);

        // nobody sees another professional's notifications
        assertThat(feedOf(otherSubject).get(FEED).then().statusCode(200).extract()
                .<List<String>>path("items.id")).doesNotContainAnyElementsOf(all);
        feedOf("nobody-" + UUID.randomUUID()).get(FEED).then().statusCode(404);
        as(Roles.INTAKE_WORKER).get(FEED).then().statusCode(403);
        assertThat(as(Roles.JOB_COACH, "2345678-0", subject).get(FEED).then().statusCode(200).extract()
                .<List<String>>path("items.id")).as("the same subject in a provider's organisation is someone else")
                .isEmpty();
    }

    @Test
    void aClientWithoutACaseOwnerNotifiesTheMunicipalitysCoordinators() {
        String subject = "coordinator-" + UUID.randomUUID();
        addProfessional(withUser(professional("Koordinoiva Kaija", "WORK_ABILITY_COORDINATOR", "976", 50), subject));
        UUID client = UUID.randomUUID();
        publisher.publish(Topics.CASE_OWNER, "case-owner", "CaseOwnerUnavailable", client, Map.of("clientId",
                client.toString(), "municipalityCode", "976", "reason", "NO_FITTING_PROFESSIONAL", "since",
                OffsetDateTime.now().toString()));
        await().atMost(WAIT).untilAsserted(() -> feedOf(subject).get(FEED).then().statusCode(200)
                .body("items.find { it.clientId == '" + client + "' }.rule", equalTo("CLIENT_WITHOUT_CASE_OWNER")));
    }

    @Test
    void anUnansweredReferralIsAGapAndARemindedOnceAndAFollowUpIsRemindedWhenDue() {
        String subject = "feed-" + UUID.randomUUID();
        String owner = addProfessional(withUser(professional("Muistutettu Mikko", "SOCIAL_WELFARE_OWN_WORKER", "980",
                50), subject));
        UUID client = registerClient(publisher, "980");
        awaitOwner(client, owner);
        UUID referral = UUID.randomUUID();
        LocalDate due = today().minusDays(1);
        referralMoved(client, referral, "REQUESTED", null, due);

        await().atMost(WAIT).untilAsserted(() -> assertThat(referralGaps("980"))
                .anySatisfy(detail -> assertThat(detail).contains(referral.toString()).contains("not answered")));

        reminders.remindAt(due.atTime(12, 0).atOffset(ZoneOffset.UTC));
        assertThat(rulesIn(subject)).doesNotContain("REFERRAL_UNANSWERED");
        reminders.remindAt(due.plusDays(1).atTime(12, 0).atOffset(ZoneOffset.UTC));
        reminders.remindAt(due.plusDays(2).atTime(12, 0).atOffset(ZoneOffset.UTC));
        assertThat(rulesIn(subject)).containsOnlyOnce("REFERRAL_UNANSWERED");

        // declined: a gap with its reason until the case owner sends the client elsewhere
        referralMoved(client, referral, "DECLINED", "CLIENT_UNREACHABLE", due);
        await().atMost(WAIT).untilAsserted(() -> assertThat(referralGaps("980"))
                .anySatisfy(detail -> assertThat(detail).contains("declined").contains("CLIENT_UNREACHABLE")));
        referralMoved(client, UUID.randomUUID(), "REQUESTED", null, today().plusDays(7));
        await().atMost(WAIT).untilAsserted(() -> assertThat(referralGaps("980")).isEmpty());

        // the follow-up contact after closure is reminded when it falls due, not before
        String followUp = as(Roles.CASE_OWNER).body(Map.of("reason", "STUDIES", "followUpInMonths", 1))
                .post("/api/v1/clients/" + client + "/closure").then().statusCode(200).extract().path("followUpId");
        LocalDate followUpDue = today().plusMonths(1);
        reminders.remindAt(followUpDue.minusDays(1).atTime(12, 0).atOffset(ZoneOffset.UTC));
        assertThat(rulesIn(subject)).doesNotContain("FOLLOW_UP_DUE");
        reminders.remindAt(followUpDue.atTime(8, 0).atOffset(ZoneOffset.UTC));
        feedOf(subject).get(FEED).then().statusCode(200)
                .body("items.find { it.rule == 'FOLLOW_UP_DUE' }.referenceId", equalTo(followUp))
                .body("items.find { it.rule == 'FOLLOW_UP_DUE' }.clientId", equalTo(client.toString()));
    }

    @Test
    void theSenderHearsWhetherTheirReferralWasAcceptedOrDeclinedAndACaseOwnerWhoSentItHearsOnce() {
        String ownerSubject = "feed-" + UUID.randomUUID();
        String owner = addProfessional(withUser(professional("Lähettävä Liisa", "SOCIAL_WELFARE_OWN_WORKER", "978",
                50), ownerSubject));
        String senderSubject = "feed-" + UUID.randomUUID();
        addProfessional(withUser(professional("Tiimin Teemu", "EMPLOYMENT_SERVICES_OWN_COACH", "978", 50),
                senderSubject));
        UUID client = registerClient(publisher, "978");
        awaitOwner(client, owner);
        UUID accepted = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        UUID declinedToOwner = UUID.randomUUID();

        referralMoved(client, accepted, "ACCEPTED", null, today().plusDays(7), senderSubject);
        referralMoved(client, declined, "DECLINED", "NOT_SUITABLE", today().plusDays(7), senderSubject);
        referralMoved(client, declinedToOwner, "DECLINED", "NO_CAPACITY", today().plusDays(7), ownerSubject);

        await().atMost(WAIT).until(() -> rulesIn(senderSubject).size() == 2 && rulesIn(ownerSubject).size() == 2);
        feedOf(senderSubject).get(FEED).then().statusCode(200)
                .body("items.find { it.rule == 'REFERRAL_ACCEPTED' }.referenceId", equalTo(accepted.toString()))
                .body("items.find { it.rule == 'REFERRAL_DECLINED' }.referenceId", equalTo(declined.toString()))
                .body("items.find { it.rule == 'REFERRAL_DECLINED' }.code", equalTo("NOT_SUITABLE"));
        assertThat(feedOf(ownerSubject).get(FEED).then().statusCode(200).extract()
                .<List<String>>path("items.referenceId"))
                .as("the case owner hears of declines, not of another's accepted referral; their own decline once")
                .containsExactlyInAnyOrder(declined.toString(), declinedToOwner.toString());
    }

    @Test
    void aDeclinedAssessmentReferralReachesTheCaseOwnerWithItsReasonAndAnUnansweredOneIsAGapOfItsOwn() {
        String subject = "feed-" + UUID.randomUUID();
        String owner = addProfessional(withUser(professional("Arvioon Aino", "SOCIAL_WELFARE_OWN_WORKER", "981",
                50), subject));
        UUID client = registerClient(publisher, "981");
        awaitOwner(client, owner);
        UUID team = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        LocalDate due = today().minusDays(1);
        assessmentReferralMoved(client, referral, team, "REQUESTED", null, due, subject);

        await().atMost(WAIT).untilAsserted(() -> assertThat(gaps("981", "ASSESSMENT_REFERRAL_NOT_STARTED"))
                .anySatisfy(detail -> assertThat(detail).contains("assessment referral " + referral)
                        .contains("team " + team).contains("not answered by " + due)));
        assertThat(gaps("981", "COACHING_REFERRAL_NOT_STARTED")).isEmpty();
        reminders.remindAt(due.plusDays(1).atTime(12, 0).atOffset(ZoneOffset.UTC));
        assertThat(rulesIn(subject)).containsOnlyOnce("REFERRAL_UNANSWERED");

        assessmentReferralMoved(client, referral, team, "DECLINED", "NOT_IN_TARGET_GROUP", due, subject);
        await().atMost(WAIT).until(() -> rulesIn(subject).contains("ASSESSMENT_REFERRAL_DECLINED"));
        feedOf(subject).get(FEED).then().statusCode(200)
                .body("items.find { it.rule == 'ASSESSMENT_REFERRAL_DECLINED' }.referenceId",
                        equalTo(referral.toString()))
                .body("items.find { it.rule == 'ASSESSMENT_REFERRAL_DECLINED' }.code", equalTo("NOT_IN_TARGET_GROUP"))
                .body("items.find { it.rule == 'ASSESSMENT_REFERRAL_DECLINED' }.clientId",
                        equalTo(client.toString()));
        assertThat(rulesIn(subject)).as("the owner who sent it hears once").containsOnlyOnce(
                "ASSESSMENT_REFERRAL_DECLINED");
        await().atMost(WAIT).untilAsserted(() -> assertThat(gaps("981", "ASSESSMENT_REFERRAL_NOT_STARTED"))
                .anySatisfy(detail -> assertThat(detail).contains("declined").contains("NOT_IN_TARGET_GROUP")));

        // a referral to another team replaces the declined one in the gap watch
        assessmentReferralMoved(client, UUID.randomUUID(), UUID.randomUUID(), "REQUESTED", null,
                today().plusDays(7), subject);
        await().atMost(WAIT).untilAsserted(() -> assertThat(gaps("981", "ASSESSMENT_REFERRAL_NOT_STARTED")).isEmpty());
    }

    private void assessmentReferralMoved(UUID client, UUID referral, UUID team, String status, String reason,
            LocalDate answerDueBy, String sentBy) {
        Map<String, Object> data = new HashMap<>();
        data.put("referralId", referral.toString());
        data.put("clientId", client.toString());
        data.put("teamId", team.toString());
        data.put("assessmentId", null);
        data.put("status", status);
        data.put("reasonCode", reason);
        data.put("answerDueBy", answerDueBy.toString());
        data.put("changedAt", OffsetDateTime.now().toString());
        data.put("sentBy", sentBy);
        publisher.publish(Topics.ASSESSMENT, "assessment", "AssessmentReferralStatusChanged", client, data);
    }

    private static List<String> gaps(String municipality, String rule) {
        return as(Roles.COORDINATOR).queryParam("municipality", municipality).queryParam("rule", rule)
                .queryParam("limit", 200).get("/api/v1/gaps").then().statusCode(200).extract().path("items.detail");
    }

    private void referralMoved(UUID client, UUID referral, String status, String reason, LocalDate answerDueBy) {
        referralMoved(client, referral, status, reason, answerDueBy, null);
    }

    private void referralMoved(UUID client, UUID referral, String status, String reason, LocalDate answerDueBy,
            String sentBy) {
        Map<String, Object> data = new HashMap<>();
        data.put("referralId", referral.toString());
        data.put("clientId", client.toString());
        data.put("episodeId", UUID.randomUUID().toString());
        data.put("previousReferralId", null);
        data.put("providerId", UUID.randomUUID().toString());
        data.put("providerOrganisation", "1234567-1");
        data.put("status", status);
        data.put("reasonCode", reason);
        data.put("answerDueBy", answerDueBy.toString());
        data.put("changedAt", OffsetDateTime.now().toString());
        data.put("sentBy", sentBy);
        publisher.publish(Topics.COACHING, "coaching", "CoachingReferralStatusChanged", client, data);
    }

    private static List<String> referralGaps(String municipality) {
        return as(Roles.COORDINATOR).queryParam("municipality", municipality)
                .queryParam("rule", "COACHING_REFERRAL_NOT_STARTED").queryParam("limit", 200).get("/api/v1/gaps")
                .then().statusCode(200).extract().path("items.detail");
    }

    private static List<String> rulesIn(String subject) {
        return feedOf(subject).queryParam("limit", 200).get(FEED).then().statusCode(200).extract().path("items.rule");
    }

    private static RequestSpecification feedOf(String subject) {
        return as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, subject);
    }

    private static Map<String, Object> withUser(Map<String, Object> professional, String userId) {
        professional.put("userId", userId);
        return professional;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Helsinki"));
    }
}
