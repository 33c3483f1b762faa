package fi.polku.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.polku.testkit.TestIdentityCodes;

class PersonalIdentityCodeTest {

    @Test
    void acceptsAPublishedExampleCode() {
        PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");
        assertThat(code.birthDate()).isEqualTo(LocalDate.of(1952, 10, 13));
        assertThat(code.temporary()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"-,1990", "Y,1990", "X,1990", "W,1990", "V,1990", "U,1990", "+,1890", "A,2004", "B,2004",
        "C,2004", "D,2004", "E,2004", "F,2004"})
    void acceptsEveryCenturySignIncludingThe2023Additions(char sign, int year) {
        String code = TestIdentityCodes.of(LocalDate.of(year, 2, 28), 123, sign);
        assertThat(PersonalIdentityCode.parse(code).birthDate()).isEqualTo(LocalDate.of(year, 2, 28));
    }

    @Test
    void flagsTemporaryCodes() {
        String code = TestIdentityCodes.of(LocalDate.of(1985, 6, 1), 912, '-');
        assertThat(PersonalIdentityCode.parse(code).temporary()).isTrue();
    }

    @Test
    void normalisesLowerCaseAndSurroundingSpace() {
        String code = TestIdentityCodes.of(LocalDate.of(2001, 1, 5), 45, 'A');
        assertThat(PersonalIdentityCode.parse(" " + code.toLowerCase() + " ").value()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "131052-308U, has a wrong check character",
        "310252-308T, has a birth date that does not exist",
        "290223-123X, has a birth date that does not exist",
        "131052G308T, has an unknown century sign; expected one of + - Y X W V U A B C D E F",
        "131052-308, must be 11 characters long (DDMMYYCZZZQ)",
        "131052-3080T, must be 11 characters long (DDMMYYCZZZQ)",
        "131052-3A8T, must have three digits as the individual number",
        "13105X-308T, must start with the birth date as six digits (DDMMYY)",
        "131052-001C, 'has an individual number below 002, which is never issued'"})
    void rejectsInvalidCodesSayingWhyWithoutRepeatingTheCode(String input, String reason) {
        assertThatThrownBy(() -> PersonalIdentityCode.parse(input))
                .isInstanceOf(InvalidIdentityCodeException.class)
                .hasMessage(reason)
                .message().doesNotContain(input.substring(0, 6));
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        String code = TestIdentityCodes.of(LocalDate.now().plusYears(1), 123, 'A');
        assertThatThrownBy(() -> PersonalIdentityCode.parse(code)).hasMessage("has a birth date in the future");
    }

    @Test
    void neverPrintsTheCode() {
        assertThat(PersonalIdentityCode.parse("131052-308T").toString()).doesNotContain("131052");
    }
}
