package fi.polku.assessment.rest;

import static fi.polku.assessment.Fixtures.conclusion;
import static fi.polku.assessment.Fixtures.evaluate;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.access.ClientAccessConfig;
import fi.polku.assessment.Fixtures;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Assessment tells the other services which team may see a client by access facts beside its own events: the
 * team's members with a login from the scheduling, and, when the assessment is concluded, until the team's time to
 * follow the plan's start is over ({@code polku.access.team-access-after-conclusion}); a cancellation ends it at once.
 */
@QuarkusTest
class AccessFactsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    ClientAccessConfig access;

    @Test
    void theTeamHasAccessFromTheSchedulingUntilItsTimeAfterTheConclusion() {
        String member = "faktatiimi-" + UUID.randomUUID();
        String team = teamWithLogin(member);
        UUID clientId = Fixtures.registeredClient(kafka);
        String id = Fixtures.assessmentInProgress(clientId, team);

        JsonNode opened = fact("AccessRelationshipOpened", clientId).path("data");
        assertThat(opened.path("kind").asText()).isEqualTo("ASSESSMENT_TEAM");
        assertThat(opened.path("relationshipId").asText()).isEqualTo(id);
        assertThat(opened.path("userIds")).extracting(JsonNode::asText).containsExactly(member);
        assertThat(opened.path("soleOfKind").asBoolean()).isFalse();

        evaluate(id, "PHYSICIAN", "PARTIALLY_ABLE_TO_WORK");
        evaluate(id, "PSYCHOLOGIST", "PARTIALLY_ABLE_TO_WORK");
        as(Roles.TEAM_MEMBER).body(conclusion("PARTIALLY_ABLE_TO_WORK", List.of("PHYSICIAN", "PSYCHOLOGIST"),
                List.of())).post("/api/v1/assessments/" + id + "/conclusion").then().statusCode(200);

        JsonNode ended = fact("AccessRelationshipEnded", clientId).path("data");
        assertThat(ended.path("relationshipId").asText()).isEqualTo(id);
        OffsetDateTime concludedAt = OffsetDateTime.parse(ended.path("changedAt").asText());
        assertThat(OffsetDateTime.parse(ended.path("accessUntil").asText()))
                .isEqualTo(concludedAt.plus(access.teamAccessAfterConclusion()));
    }

    @Test
    void aCancelledAssessmentEndsTheTeamsAccessAtOnce() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String id = Fixtures.assessmentInProgress(clientId, teamWithLogin("peruttu-" + UUID.randomUUID()));
        as(Roles.TEAM_MEMBER).body(Map.of("status", "CANCELLED", "reason", "The client moved away"))
                .post("/api/v1/assessments/" + id + "/status-changes").then().statusCode(200);

        JsonNode ended = fact("AccessRelationshipEnded", clientId).path("data");
        assertThat(ended.path("relationshipId").asText()).isEqualTo(id);
        assertThat(ended.path("accessUntil").asText()).isEqualTo(ended.path("changedAt").asText());
    }

    private static String teamWithLogin(String userId) {
        return as(Roles.COORDINATOR).body(Map.of("name", "Faktatiimi", "municipalityCode", "560",
                        "members", List.of(Fixtures.member("Lääkäri Laine", "PHYSICIAN"),
                                Map.of("name", "Psykologi Pesonen", "profession", "PSYCHOLOGIST",
                                        "organisation", "Päijät-Hämeen hyvinvointialue", "userId", userId))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    private JsonNode fact(String type, UUID clientId) {
        JsonNode fact = EventLog.event(kafka, Topics.ACCESS_FACTS, type, clientId, WAIT);
        EventSchemas.assertValid(fact);
        return fact;
    }
}
