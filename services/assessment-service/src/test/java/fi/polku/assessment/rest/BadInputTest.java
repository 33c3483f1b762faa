package fi.polku.assessment.rest;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
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
}
