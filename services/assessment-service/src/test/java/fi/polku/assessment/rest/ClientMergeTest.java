package fi.polku.assessment.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.assessment.Fixtures;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.AccessFactEvents;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Intake merges a duplicate registration: the merged client's assessments and team access are the kept client's. */
@QuarkusTest
class ClientMergeTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static List<String> assessmentsOf(UUID clientId) {
        return as(Roles.TEAM_MEMBER).queryParam("clientId", clientId).get("/api/v1/assessments").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void theMergedClientsAssessmentsAndTheirTeamsAccessMoveToTheKeptClient() {
        String member = "tiimi-" + UUID.randomUUID();
        String team = as(Roles.COORDINATOR).body(Map.of("name", "Yhdistämistiimi", "municipalityCode", "560",
                        "members", List.of(Map.of("name", "Psykologi Pesonen", "profession", "PSYCHOLOGIST",
                                "organisation", "Päijät-Hämeen hyvinvointialue", "userId", member))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
        UUID kept = Fixtures.registeredClient(kafka);
        UUID merged = Fixtures.registeredClient(kafka);
        String keptAssessment = Fixtures.assessmentInProgress(kept, Fixtures.team("Toinen tiimi"));
        String mergedAssessment = as(Roles.TEAM_MEMBER).body(Map.of("clientId", merged, "teamId", team,
                        "appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(4).toString(),
                        "reason", "Unclear overall situation"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        var teamMember = as(Roles.TEAM_MEMBER, Tokens.DEFAULT_ORGANISATION, member);
        teamMember.queryParam("clientId", kept).get("/api/v1/assessments").then().statusCode(403);

        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publish(Topics.INTAKE, "intake", "ClientsMerged", kept, Map.of("clientId", kept.toString(),
                    "mergedClientId", merged.toString(), "mergedAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
            AccessFactEvents.recordsMerged(publisher, kept, merged);
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(assessmentsOf(kept))
                .containsExactlyInAnyOrder(keptAssessment, mergedAssessment));
        assertThat(assessmentsOf(merged)).isEmpty();
        // the merged client is no longer a client here
        await().atMost(WAIT).until(() -> as(Roles.TEAM_MEMBER).get("/api/v1/clients/" + merged + "/investigations")
                .statusCode() == 404);
        // the team assessing the merged client assesses the kept one: its member sees them, on the work list too
        await().atMost(WAIT).until(() -> as(Roles.TEAM_MEMBER, Tokens.DEFAULT_ORGANISATION, member)
                .queryParam("clientId", kept).get("/api/v1/assessments").statusCode() == 200);
        assertThat(as(Roles.TEAM_MEMBER, Tokens.DEFAULT_ORGANISATION, member).get("/api/v1/assessments").then()
                .statusCode(200).extract().jsonPath().<String>getList("items.clientId"))
                .containsExactly(kept.toString());
    }
}
