package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** LIITE 1 item 1: "Suurin asiakasmäärä kokoaikaiselle työhönvalmentajalle on 20 asiakasta." */
class CoachTest {

    @Test
    void theCaseloadLimitIsScaledByTheFullTimeShare() {
        assertThat(Coach.modelCaseload(new BigDecimal("1.0"))).isEqualTo(20);
        assertThat(Coach.modelCaseload(new BigDecimal("0.5"))).isEqualTo(10);
        assertThat(Coach.modelCaseload(new BigDecimal("0.75"))).isEqualTo(15);
        assertThat(Coach.modelCaseload(new BigDecimal("0.33"))).isEqualTo(6);
        assertThat(Coach.modelCaseload(new BigDecimal("0.01"))).isEqualTo(1);
    }
}
