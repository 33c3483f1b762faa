package fi.polku.assessment.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import fi.polku.assessment.Fixtures;
import fi.polku.platform.security.Roles;

import fi.polku.testkit.badinput.BadInputCases;
import fi.polku.testkit.badinput.BadInputTests;
import fi.polku.testkit.badinput.DatabaseSnapshot;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of the committed spec refuses bad input with a problem naming the field, changing nothing. */
@QuarkusTest
class BadInputTest {

    @Inject
    AgroalDataSource database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadInput() {
        // a real assessment, so that answers reach the instrument's range check, which needs the assessment
        String assessment = Fixtures.assessmentInProgress(Fixtures.registeredClient(kafka), Fixtures.team("Syötetiimi"));
        return BadInputTests.of(BadInputCases.forService("assessment").withPathValue("id", assessment).generate(),
                database);
    }

    /** Out-of-range scores are covered by InstrumentResponsesTest; these are numbers no instrument could mean. */
    @Test
    void absurdAnswersToAnInstrumentItemAreRefusedNamingTheItem() {
        UUID clientId = Fixtures.registeredClient(kafka);
        String id = Fixtures.assessmentInProgress(clientId, Fixtures.team("Mittaamaton tiimi"));
        DatabaseSnapshot before = DatabaseSnapshot.take(database);
        for (String absurd : List.of("-1", "1e309", "99999999999999999999999", "\"5\"")) {
            as(Roles.TEAM_MEMBER).body("{\"instrument\":\"professional-observation\",\"timePoint\":\"" + LocalDate.now()
                            + "\",\"answers\":{\"physical-functioning\":" + absurd + ",\"mental-functioning\":1,"
                            + "\"cognitive-functioning\":1,\"social-functioning\":1}}")
                    .post("/api/v1/assessments/" + id + "/instrument-responses").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("answers.physical-functioning"));
        }
        assertThat(DatabaseSnapshot.take(database).differencesFrom(before)).isEmpty();
    }

    /**
     * Security issue item 6: "A 160 KB body of 40,000 empty team members took 6.75 s and returned 7.9 MB of
     * violations". The list is refused by its size while it is read, before any member is validated.
     */
    @Test
    void fortyThousandEmptyTeamMembersAreOneViolationNamingTheList() {
        String members = String.join(",", Collections.nCopies(40_000, "{}"));
        DatabaseSnapshot before = DatabaseSnapshot.take(database);
        String answer = as(Roles.COORDINATOR).body("{\"name\":\"Liian suuri tiimi\",\"municipalityCode\":\"098\","
                        + "\"area\":\"Päijät-Häme\",\"members\":[" + members + "]}")
                .post("/api/v1/teams").then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1)).body("violations[0].field", equalTo("members"))
                .body("violations[0].message", equalTo("must have at most 100 items"))
                .extract().asString();
        assertThat(answer.length()).as("a bounded answer").isLessThan(1_000);
        assertThat(DatabaseSnapshot.take(database).differencesFrom(before)).isEmpty();
    }
}
