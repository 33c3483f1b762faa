package fi.polku.assessment.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.assessment.Fixtures;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventSchemas;
import fi.polku.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 17 §1, case owner → assessment: the team the client is referred to moves the referral ("accepted or
 * declined with a reason"), the assessment moves it on, "with who and when at each step", and "every transition is
 * an event with a schema".
 */
@QuarkusTest
class AssessmentReferralTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CASE_OWNER = CareRelationshipFixture.defaultSubject(Roles.CASE_OWNER);
    private static final String TEAM_MEMBER = CareRelationshipFixture.defaultSubject(Roles.TEAM_MEMBER);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static RequestSpecification asMember(String userId) {
        return as(Roles.TEAM_MEMBER, Tokens.DEFAULT_ORGANISATION, userId);
    }

    private static String teamWith(String userId) {
        return as(Roles.COORDINATOR).body(Map.of("name", "Työkykytiimi " + userId, "municipalityCode", "560",
                        "members", List.of(Map.of("name", "Sosiaalityöntekijä Saari", "profession", "SOCIAL_WORKER",
                                "organisation", "Päijät-Hämeen hyvinvointialue", "userId", userId, "active", true))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    private static Response refer(UUID clientId, String teamId) {
        return as(Roles.CASE_OWNER).body(Map.of("clientId", clientId, "teamId", teamId,
                        "reason", "Unassessed health problems affecting employment; unclear overall situation"))
                .post("/api/v1/assessment-referrals");
    }

    private static String unique() {
        return "tiimi-" + UUID.randomUUID();
    }

    private static String etagOf(String referralId) {
        return as(Roles.CASE_OWNER).get("/api/v1/assessment-referrals/" + referralId).then().statusCode(200)
                .extract().header("ETag");
    }

    private List<JsonNode> moves(String referralId, int count) {
        List<JsonNode> events = EventLog.events(kafka, Topics.ASSESSMENT, e -> e.path("type").asText()
                .contains(".AssessmentReferralStatusChanged.")
                && referralId.equals(e.path("data").path("referralId").asText()), count, WAIT);
        assertThat(events).hasSize(count);
        events.forEach(EventSchemas::assertValid);
        return events;
    }

    @Test
    void theTeamAcceptsWithTheAppointmentAndTheAssessmentCarriesTheReferralToCompletion() {
        String member = unique();
        String team = teamWith(member);
        UUID client = Fixtures.registeredClient(kafka);
        Response sent = refer(client, team);
        sent.then().statusCode(201).body("status", equalTo("REQUESTED")).body("sentBy", equalTo(CASE_OWNER))
                .body("assessmentId", equalTo(null));
        String referral = sent.path("id");
        assertThat(sent.header("Location")).endsWith("/api/v1/assessment-referrals/" + referral);
        assertThat(LocalDate.parse(sent.path("answerDueBy"))).isAfter(LocalDate.now(ZoneOffset.UTC));

        OffsetDateTime appointment = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withNano(0);
        Response accepted = asMember(member).header("If-Match", sent.header("ETag"))
                .body(Map.of("appointmentAt", appointment.toString()))
                .post("/api/v1/assessment-referrals/" + referral + "/acceptance");
        accepted.then().statusCode(200).body("status", equalTo("ACCEPTED"));
        String assessment = accepted.path("assessmentId");
        as(Roles.TEAM_MEMBER).get("/api/v1/assessments/" + assessment).then().statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("teamId", equalTo(team));

        Fixtures.start(assessment);
        as(Roles.CASE_OWNER).get("/api/v1/assessment-referrals/" + referral).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        Fixtures.evaluate(assessment, "PHYSICIAN", "PARTIALLY_ABLE_TO_WORK");
        Fixtures.evaluate(assessment, "SOCIAL_WORKER", "PARTIALLY_ABLE_TO_WORK");
        as(Roles.TEAM_MEMBER).body(Fixtures.conclusion("PARTIALLY_ABLE_TO_WORK", List.of("PHYSICIAN",
                        "SOCIAL_WORKER"), List.of(Fixtures.recommendation("REHABILITATIVE_WORK_ACTIVITY",
                                "Orimattilan kaupunki", LocalDate.now().plusMonths(1)))))
                .post("/api/v1/assessments/" + assessment + "/conclusion").then().statusCode(200);

        Response read = as(Roles.CASE_OWNER).get("/api/v1/assessment-referrals/" + referral);
        read.then().statusCode(200).body("status", equalTo("COMPLETED")).body("assessmentId", equalTo(assessment));
        assertThat(read.jsonPath().getList("history.status"))
                .containsExactly("REQUESTED", "ACCEPTED", "IN_PROGRESS", "COMPLETED");
        assertThat(read.jsonPath().getList("history.changedBy"))
                .containsExactly(CASE_OWNER, member, TEAM_MEMBER, TEAM_MEMBER);

        List<JsonNode> events = moves(referral, 4);
        assertThat(events).extracting(e -> e.path("data").path("status").asText())
                .containsExactly("REQUESTED", "ACCEPTED", "IN_PROGRESS", "COMPLETED");
        assertThat(events.get(3).path("data").path("assessmentId").asText()).isEqualTo(assessment);
        assertThat(events.get(0).path("data").path("sentBy").asText()).isEqualTo(CASE_OWNER);
        assertThat(events.get(0).path("data").path("teamId").asText()).isEqualTo(team);
        assertThat(events.get(0).path("subject").asText()).isEqualTo(client.toString());
    }

    @Test
    void onlyTheTeamsActiveMemberDeclinesWithAReasonCodeAndADeclineIsFinal() {
        String member = unique();
        String team = teamWith(member);
        UUID client = Fixtures.registeredClient(kafka);
        String referral = refer(client, team).then().statusCode(201).extract().path("id");
        String etag = etagOf(referral);
        Map<String, Object> noCapacity = Map.of("reasonCode", "NO_CAPACITY");

        asMember(unique()).header("If-Match", etag).body(noCapacity)
                .post("/api/v1/assessment-referrals/" + referral + "/decline").then().statusCode(403);
        asMember(member).body(noCapacity).post("/api/v1/assessment-referrals/" + referral + "/decline").then()
                .statusCode(428);
        asMember(member).header("If-Match", etag).body(Map.of("reasonCode", "OTHER"))
                .post("/api/v1/assessment-referrals/" + referral + "/decline").then().statusCode(400)
                .body("violations.field", hasItem("note"));
        asMember(member).header("If-Match", etag)
                .body(Map.of("reasonCode", "FURTHER_INVESTIGATIONS_FIRST", "note", "Book the psychologist first"))
                .post("/api/v1/assessment-referrals/" + referral + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("reasonCode", equalTo("FURTHER_INVESTIGATIONS_FIRST"))
                .body("history[1].note", equalTo("Book the psychologist first"))
                .body("history[1].changedBy", equalTo(member));

        asMember(member).header("If-Match", etagOf(referral))
                .body(Map.of("appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString()))
                .post("/api/v1/assessment-referrals/" + referral + "/acceptance").then().statusCode(422);
        JsonNode declined = moves(referral, 2).get(1).path("data");
        assertThat(declined.path("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.path("reasonCode").asText()).isEqualTo("FURTHER_INVESTIGATIONS_FIRST");
        assertThat(declined.toString()).doesNotContain("psychologist");
    }

    @Test
    void theSenderCancelsAnAcceptedReferralWhoseScheduledAssessmentIsCancelledWithIt() {
        String member = unique();
        String team = teamWith(member);
        UUID client = Fixtures.registeredClient(kafka);
        String referral = refer(client, team).then().statusCode(201).extract().path("id");
        String assessment = asMember(member).header("If-Match", etagOf(referral))
                .body(Map.of("appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).toString()))
                .post("/api/v1/assessment-referrals/" + referral + "/acceptance").then().statusCode(200)
                .extract().path("assessmentId");

        asMember(member).header("If-Match", etagOf(referral)).body(Map.of())
                .post("/api/v1/assessment-referrals/" + referral + "/cancellation").then().statusCode(403);
        as(Roles.CASE_OWNER).header("If-Match", etagOf(referral)).body(Map.of("note", "Client moved to Lahti"))
                .post("/api/v1/assessment-referrals/" + referral + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(Roles.TEAM_MEMBER).get("/api/v1/assessments/" + assessment).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(Roles.CASE_OWNER).header("If-Match", etagOf(referral)).body(Map.of())
                .post("/api/v1/assessment-referrals/" + referral + "/cancellation").then().statusCode(422);
        assertThat(moves(referral, 3)).extracting(e -> e.path("data").path("status").asText())
                .containsExactly("REQUESTED", "ACCEPTED", "CANCELLED");
    }

    @Test
    void aCaseOwnerWithoutABasisForTheClientCannotReferAndTheTeamMustBeTheServices() {
        UUID stranger = Fixtures.registeredClient(kafka);
        String team = teamWith(unique());
        as(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, "other-case-owner-" + UUID.randomUUID())
                .body(Map.of("clientId", stranger, "teamId", team, "reason", "Unclear overall situation"))
                .post("/api/v1/assessment-referrals").then().statusCode(403);
        refer(stranger, UUID.randomUUID().toString()).then().statusCode(422)
                .body("violations.field", hasItem("teamId"));
    }

    @Test
    void theTeamsInboxListsTheReferralsToItsTeamsOnly() {
        String member = unique();
        String team = teamWith(member);
        String otherTeam = teamWith(unique());
        UUID client = Fixtures.registeredClient(kafka);
        String mine = refer(client, team).then().statusCode(201).extract().path("id");
        String theirs = refer(client, otherTeam).then().statusCode(201).extract().path("id");

        asMember(member).queryParam("status", "REQUESTED").get("/api/v1/assessment-referrals").then()
                .statusCode(200).body("items.id", hasItem(mine)).body("items.id", not(hasItem(theirs)));
        asMember(member).get("/api/v1/assessment-referrals/" + theirs).then().statusCode(403);
        asMember(member).queryParam("teamId", otherTeam).get("/api/v1/assessment-referrals").then().statusCode(403);
        asMember(unique()).get("/api/v1/assessment-referrals").then().statusCode(403);
        as(Roles.CASE_OWNER).queryParam("clientId", client).get("/api/v1/assessment-referrals").then()
                .statusCode(200).body("items.id", hasItem(mine)).body("items.id", hasItem(theirs));
    }
}
