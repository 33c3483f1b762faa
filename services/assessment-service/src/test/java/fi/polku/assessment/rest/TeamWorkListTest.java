package fi.polku.assessment.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.assessment.Fixtures;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.contract.Paging;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A work-ability team member's work list: the upcoming and open assessments of their teams, filtered by team, days
 * and status, and the further investigations those assessments wait on; nothing of other teams, nothing the member
 * may not see.
 */
@QuarkusTest
class TeamWorkListTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final OffsetDateTime BASE = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20)
            .truncatedTo(ChronoUnit.HOURS).withHour(9);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static RequestSpecification asMember(String userId) {
        return as(Roles.TEAM_MEMBER, Tokens.DEFAULT_ORGANISATION, userId);
    }

    private static String teamWith(String userId, boolean active) {
        return as(Roles.COORDINATOR).body(Map.of("name", "Työkykytiimi " + userId, "municipalityCode", "560",
                        "members", List.of(Map.of("name", "Terveydenhoitaja Toivonen", "profession",
                                "PUBLIC_HEALTH_NURSE", "organisation", "Päijät-Hämeen hyvinvointialue",
                                "userId", userId, "active", active))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    private static String schedule(UUID clientId, String teamId, OffsetDateTime at) {
        return as(Roles.TEAM_MEMBER).body(Map.of("clientId", clientId, "teamId", teamId,
                        "appointmentAt", at.toString(), "reason", "Unclear overall situation"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    private static void changeStatus(String assessmentId, String status) {
        as(Roles.TEAM_MEMBER).body(Map.of("status", status, "reason", "Test"))
                .post("/api/v1/assessments/" + assessmentId + "/status-changes").then().statusCode(200);
    }

    private static List<String> workList(String userId, Map<String, ?> query) {
        return asMember(userId).queryParams(query).get("/api/v1/assessments").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    private static String unique() {
        return "tiimi-" + UUID.randomUUID();
    }

    @Test
    void aMemberSeesTheUpcomingAndOpenAssessmentsOfTheirTeamsInAppointmentOrder() {
        String member = unique();
        String team = teamWith(member, true);
        String otherTeam = teamWith(unique(), true);
        UUID client = Fixtures.registeredClient(kafka);
        String later = schedule(client, team, BASE.plusDays(2));
        String sooner = schedule(client, team, BASE.plusDays(1));
        String inProgress = schedule(client, team, BASE.plusHours(1));
        Fixtures.start(inProgress);
        String missed = schedule(client, team, BASE.plusDays(3));
        changeStatus(missed, "CLIENT_DID_NOT_ATTEND");
        String cancelled = schedule(client, team, BASE.plusDays(4));
        changeStatus(cancelled, "CANCELLED");
        String otherTeamsAssessment = schedule(client, otherTeam, BASE.plusHours(2));

        assertThat(workList(member, Map.of())).containsExactly(inProgress, sooner, later, missed)
                .doesNotContain(cancelled, otherTeamsAssessment);
        assertThat(workList(member, Map.of("status", "CANCELLED"))).containsExactly(cancelled);
        assertThat(workList(member, Map.of("teamId", team, "status", "SCHEDULED")))
                .containsExactly(sooner, later);
        LocalDate dayOfSooner = BASE.plusDays(1).atZoneSameInstant(ZoneId.of("Europe/Helsinki")).toLocalDate();
        assertThat(workList(member, Map.of("from", dayOfSooner.toString(), "to", dayOfSooner.plusDays(1).toString())))
                .containsExactly(sooner, later);
    }

    @Test
    void aMemberSeesNoClientTheyMayNotSeeEvenOfTheirOwnTeam() {
        String member = unique();
        String team = teamWith(member, true);
        UUID seen = Fixtures.registeredClient(kafka);
        UUID noLongerSeen = Fixtures.registeredClient(kafka);
        String open = schedule(seen, team, BASE.plusDays(1));
        String cancelledOpen = schedule(seen, team, BASE.plusDays(2));
        changeStatus(cancelledOpen, "CANCELLED");
        // the member's access to this client came from this one assessment, and its cancellation ended it
        String cancelledHidden = schedule(noLongerSeen, team, BASE.plusDays(3));
        changeStatus(cancelledHidden, "CANCELLED");

        assertThat(workList(member, Map.of())).containsExactly(open);
        assertThat(workList(member, Map.of("status", "CANCELLED"))).containsExactly(cancelledOpen)
                .doesNotContain(cancelledHidden);
    }

    @Test
    void someoneOutsideTheTeamGetsOnly403() {
        String member = unique();
        String team = teamWith(member, true);
        String inactive = unique();
        teamWith(inactive, false);
        String otherMember = unique();
        teamWith(otherMember, true);

        asMember(unique()).get("/api/v1/assessments").then().statusCode(403);
        asMember(inactive).get("/api/v1/assessments").then().statusCode(403);
        asMember(otherMember).queryParam("teamId", team).get("/api/v1/assessments").then().statusCode(403);
        asMember(otherMember).queryParam("teamId", team).get("/api/v1/investigations").then().statusCode(403);
        as(Roles.CASE_OWNER).get("/api/v1/assessments").then().statusCode(403);
    }

    @Test
    void aRangeEndingBeforeItStartsIsA400NamingTo() {
        String member = unique();
        teamWith(member, true);
        asMember(member).queryParam("from", "2026-05-10").queryParam("to", "2026-05-01")
                .get("/api/v1/assessments").then().statusCode(400)
                .body("violations.field", hasItem("to"));
    }

    @Test
    void theWorkListPagesInAppointmentOrderWhileMoreAreScheduled() {
        String member = unique();
        String team = teamWith(member, true);
        UUID client = Fixtures.registeredClient(kafka);
        List<String> expected = new ArrayList<>();
        String third = schedule(client, team, BASE.plusHours(3));
        expected.add(schedule(client, team, BASE.plusHours(1)));
        expected.add(schedule(client, team, BASE.plusHours(2)));
        expected.add(third);
        List<String> seen = Paging.collect(cursor -> {
            RequestSpecification request = asMember(member).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            return request.get("/api/v1/assessments");
        }, "id", () -> expected.add(schedule(client, team, BASE.plusDays(expected.size()))));

        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
    }

    @Test
    void theInvestigationsTheTeamsOpenAssessmentsWaitOnAreOnTheWorkList() {
        String member = unique();
        String team = teamWith(member, true);
        String otherMember = unique();
        teamWith(otherMember, true);
        UUID client = Fixtures.registeredClient(kafka);
        UUID booking = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publish(Topics.INTAKE, "intake", "WorkAbilityTeamBooked", client, Map.of(
                    "clientId", client.toString(), "bookingId", booking.toString(), "teamId", team,
                    "appointmentAt", BASE.plusDays(5).toString(), "reason", "Unassessed health problems",
                    "bookedAt", now.toString()));
            publisher.publish(Topics.INTAKE, "intake", "FurtherInvestigationRequested", client, Map.of(
                    "clientId", client.toString(), "bookingId", booking.toString(), "investigations", List.of(
                            Map.of("investigation", "Psychologist's assessment", "responsible", "Psykologi"),
                            Map.of("investigation", "Occupational therapy evaluation", "responsible",
                                    "Toimintaterapeutti")),
                    "reason", "Before the team appointment", "requestedAt", now.toString()));
        }
        await().atMost(WAIT).until(() -> waitingInvestigations(member).size() == 2);
        List<Map<String, Object>> waiting = waitingInvestigations(member);
        assertThat(waiting).extracting(i -> i.get("investigation"))
                .containsExactly("Occupational therapy evaluation", "Psychologist's assessment");
        assertThat(waiting).allSatisfy(i -> assertThat(i).containsEntry("bookingId", booking.toString())
                .containsEntry("status", "PENDING"));

        as(Roles.TEAM_MEMBER).body(Map.of("summary", "Done", "completedOn", LocalDate.now().toString()))
                .post("/api/v1/investigations/" + waiting.get(0).get("id") + "/completion").then().statusCode(200);

        asMember(member).queryParam("teamId", team).get("/api/v1/investigations").then().statusCode(200)
                .body("items.id", equalTo(List.of(waiting.get(1).get("id"))));
        assertThat(waitingInvestigations(otherMember)).isEmpty();
    }

    private static List<Map<String, Object>> waitingInvestigations(String userId) {
        return asMember(userId).get("/api/v1/investigations").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }
}
