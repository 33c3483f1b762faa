package fi.polku.coaching.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadInput() {
        return BadInputTests.of(BadInputCases.forService("coaching").generate(), database);
    }

    /** Providers' business IDs are checked in CoachingRulesTest; an employer's is checked the same way. */
    @Test
    void anEmployerBusinessIdWithAWrongCheckDigitIsRefused() {
        String businessId = Coaching.newBusinessId();
        String coachId = Coaching.addCoach(Coaching.createProvider(businessId), "Veera Valmentaja", null);
        String valid = Coaching.newBusinessId();
        String wrongCheckDigit = valid.substring(0, 8) + (char) ('0' + (valid.charAt(8) - '0' + 1) % 10);
        DatabaseSnapshot before = DatabaseSnapshot.take(database);
        Coaching.coachOf(businessId).body(Map.of("employerName", "Rakennus Oy", "employerBusinessId", wrongCheckDigit,
                        "date", LocalDate.now().toString(), "faceToFace", true, "clientIds", List.of(),
                        "basedOnClientPreferences", false, "purpose", "Työpaikkojen kartoitus"))
                .post("/api/v1/coaches/" + coachId + "/employer-contacts").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("employerBusinessId"));
        assertThat(DatabaseSnapshot.take(database).differencesFrom(before)).isEmpty();
    }
}
