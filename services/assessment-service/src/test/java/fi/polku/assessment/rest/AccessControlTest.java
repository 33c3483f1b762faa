package fi.polku.assessment.rest;

import static fi.polku.testkit.Api.as;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.assessment.Fixtures;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.AccessMatrix;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Who may see a client in the assessment service: the assessing team's members among the others. */
@QuarkusTest
class AccessControlTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void investigationsFollowTheAccessMatrix() {
        UUID client = Fixtures.registeredClient(kafka);
        new AccessMatrix("investigations", caller -> caller.get("/api/v1/clients/" + client + "/investigations"),
                client, Roles.TEAM_MEMBER, Roles.ANALYST, "WORK_ABILITY_ASSESSMENT", dataSource, kafka).verify();
    }

    @Test
    void theBookedTeamsMembersSeeTheClientUntilTheAssessmentIsCancelled() {
        UUID client = Fixtures.registeredClient(kafka);
        String memberUser = "physician-" + UUID.randomUUID();
        String teamId = as(Roles.COORDINATOR).body(Map.of("name", "Hollolan työkykytiimi", "municipalityCode", "098",
                        "members", List.of(Map.of("name", "Lääkäri Laine", "profession", "PHYSICIAN",
                                "organisation", "Päijät-Hämeen hyvinvointialue", "userId", memberUser))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
        member(memberUser).get("/api/v1/clients/" + client + "/investigations").then().statusCode(403);

        try (EventPublisher publisher = new EventPublisher(kafka)) {
            publisher.publish(Topics.INTAKE, "intake", "WorkAbilityTeamBooked", client, Map.of(
                    "clientId", client.toString(), "bookingId", UUID.randomUUID().toString(), "teamId", teamId,
                    "appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).toString(),
                    "reason", "Several services needed at once", "bookedAt", OffsetDateTime.now(ZoneOffset.UTC)
                            .toString()));
        }
        await().atMost(WAIT).until(() -> member(memberUser)
                .get("/api/v1/clients/" + client + "/investigations").statusCode() == 200);

        String assessment = member(memberUser).queryParam("clientId", client.toString()).get("/api/v1/assessments")
                .then().statusCode(200).extract().path("items[0].id");
        member(memberUser).body(Map.of("status", "CANCELLED", "reason", "Client moved to another county"))
                .post("/api/v1/assessments/" + assessment + "/status-changes").then().statusCode(200);
        member(memberUser).get("/api/v1/clients/" + client + "/investigations").then().statusCode(403);
    }

    @Test
    void aTeamMemberCannotGainAccessBySchedulingAnAssessmentThemselves() {
        UUID client = Fixtures.registeredClient(kafka);
        String memberUser = "social-worker-" + UUID.randomUUID();
        String teamId = as(Roles.COORDINATOR).body(Map.of("name", "Asikkalan työkykytiimi", "municipalityCode", "016",
                        "members", List.of(Map.of("name", "Sosiaalityöntekijä Saari", "profession", "SOCIAL_WORKER",
                                "organisation", "Päijät-Hämeen hyvinvointialue", "userId", memberUser))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
        member(memberUser).body(Map.of("clientId", client, "teamId", teamId,
                        "appointmentAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString(),
                        "reason", "Curiosity"))
                .post("/api/v1/assessments").then().statusCode(403);
        member(memberUser).get("/api/v1/clients/" + client + "/investigations").then().statusCode(403);
    }

    private static RequestSpecification member(String subject) {
        return as(Roles.TEAM_MEMBER, Tokens.DEFAULT_ORGANISATION, subject);
    }
}
