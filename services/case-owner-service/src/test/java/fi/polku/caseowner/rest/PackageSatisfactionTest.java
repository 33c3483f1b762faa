package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.addProfessional;
import static fi.polku.caseowner.rest.Fixtures.awaitOwner;
import static fi.polku.caseowner.rest.Fixtures.registerClient;
import static fi.polku.caseowner.rest.Fixtures.validEvent;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The client's satisfaction with the whole service package (seed 004, "Tulokset": "Asiakastyytyvaisyys 8,6 (asteikko
 * 1 — 10)", for all the project's clients), asked at the case owner's closure and at the follow-up contact: the score goes out in the event, the client's own words stay in this service.
 */
@QuarkusTest
class PackageSatisfactionTest {

    private static final String FEEDBACK = "Sain vihdoin yhden ihmisen, joka kulki rinnalla.";

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

    @Test
    void theScoreAtClosureGoesOutInClientshipClosedAndTheWordsStayHere() {
        String owner = addProfessional("Tyyne Tyytyväinen", "SOCIAL_WELFARE_OWN_WORKER", "761", 10);
        UUID client = registerClient(publisher, "761");
        awaitOwner(client, owner);

        as(Roles.CASE_OWNER).body(Map.of("reason", "EMPLOYED_OPEN_LABOUR_MARKET", "satisfaction", 9,
                        "feedback", FEEDBACK))
                .post("/api/v1/clients/" + client + "/closure").then().statusCode(200)
                .body("satisfaction", equalTo(9)).body("feedback", equalTo(FEEDBACK));

        JsonNode closed = validEvent(kafka, "ClientshipClosed", client);
        assertThat(closed.path("data").path("satisfaction").asInt()).isEqualTo(9);
        assertThat(closed.toString()).doesNotContain("rinnalla");
    }

    @Test
    void theScoreAtTheFollowUpContactGoesOutInFollowUpCompleted() {
        String owner = addProfessional("Jaakko Jälkikontakti", "SOCIAL_WELFARE_OWN_WORKER", "762", 10);
        UUID client = registerClient(publisher, "762");
        awaitOwner(client, owner);
        String followUp = as(Roles.CASE_OWNER).body(Map.of("reason", "STUDIES"))
                .post("/api/v1/clients/" + client + "/closure").then().statusCode(200)
                .body("satisfaction", nullValue()).extract().path("followUpId");
        String completion = "/api/v1/follow-ups/" + followUp + "/completion";

        as(Roles.CASE_OWNER).body(Map.of("outcome", "DOING_FINE", "satisfaction", 11)).post(completion).then()
                .statusCode(400).body("violations[0].field", equalTo("satisfaction"));
        as(Roles.CASE_OWNER).body(Map.of("outcome", "COULD_NOT_REACH", "attempts", 3, "satisfaction", 7))
                .post(completion).then().statusCode(400).body("violations[0].field", equalTo("satisfaction"));
        as(Roles.CASE_OWNER).body(Map.of("outcome", "DOING_FINE", "satisfaction", 8, "feedback", FEEDBACK))
                .post(completion).then().statusCode(200)
                .body("satisfaction", equalTo(8)).body("feedback", equalTo(FEEDBACK));

        JsonNode completed = validEvent(kafka, "FollowUpCompleted", client);
        assertThat(completed.path("data").path("followUpId").asText()).isEqualTo(followUp);
        assertThat(completed.path("data").path("outcome").asText()).isEqualTo("DOING_FINE");
        assertThat(completed.path("data").path("satisfaction").asInt()).isEqualTo(8);
        assertThat(completed.toString()).doesNotContain("rinnalla");
        JsonNode closed = validEvent(kafka, "ClientshipClosed", client);
        assertThat(closed.path("data").path("satisfaction").isNull()).isTrue();
    }
}
