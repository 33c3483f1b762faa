package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessIdTest {

    @Test
    void acceptsBusinessIdsWithTheirCheckDigit() {
        assertThat(BusinessId.isValid("2345678-0")).isTrue();
        assertThat(BusinessId.isValid("0737546-2")).isTrue();
        assertThat(BusinessId.isValid("1572860-0")).isTrue();
    }

    @Test
    void rejectsAWrongCheckDigitOrFormat() {
        assertThat(BusinessId.isValid("2345678-1")).isFalse();
        assertThat(BusinessId.isValid("23456780")).isFalse();
        assertThat(BusinessId.isValid("234567-0")).isFalse();
        assertThat(BusinessId.isValid(null)).isFalse();
    }

    @Test
    void aRemainderOfOneHasNoCheckDigit() {
        assertThat(BusinessId.checkDigit("0000004")).isEqualTo(3); // 4 x 2 = 8, 11 - 8 = 3
        assertThat(BusinessId.checkDigit("0000006")).isNull();     // 6 x 2 = 12, remainder 1
        assertThat(BusinessId.isValid("0000006-0")).isFalse();
    }
}
