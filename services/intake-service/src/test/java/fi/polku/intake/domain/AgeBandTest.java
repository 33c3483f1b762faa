package fi.polku.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandTest {

    @ParameterizedTest
    @CsvSource({"17,under-18", "18,18-24", "24,18-24", "25,25-29", "34,30-34", "35,35-44", "54,45-54",
        "64,55-64", "65,65+", "80,65+"})
    void groupsAges(int age, String band) {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(AgeBand.of(today.minusYears(age), today)).isEqualTo(band);
    }
}
