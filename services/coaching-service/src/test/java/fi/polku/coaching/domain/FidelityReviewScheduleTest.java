package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fi.polku.coaching.domain.FidelityReviewSchedule.Basis;
import fi.polku.coaching.domain.FidelityReviewSchedule.Due;
import fi.polku.coaching.domain.FidelityReviewSchedule.Interval;

/**
 * LIITE 1, 11.2: "tehdään tilanearvio … vähintään puolivuositain käyttämällä näitä laatukriteereitä, kunnes
 * saavutetaan korkea menetelmällinen tarkkuus (vähintään 100 pistettä näissä laatukriteereissä). Tämän jälkeen
 * tehdään tilanearvio vähintään kerran vuodessa."
 */
class FidelityReviewScheduleTest {

    @Test
    void belowHighFidelityTheNextReviewIsHalfAYearLater() {
        // the ELY audit of 2022: 89 points, "hyvää, kohtalaista tasoa"
        Due due = FidelityReviewSchedule.afterReview(LocalDate.of(2022, 11, 15), 89);

        assertThat(due.interval()).isEqualTo(Interval.HALF_YEARLY);
        assertThat(due.nextReviewDue()).isEqualTo(LocalDate.of(2023, 5, 15));
        assertThat(due.basis()).isEqualTo(Basis.LATEST_REVIEW);
        assertThat(FidelityReviewSchedule.afterReview(LocalDate.of(2023, 5, 15), 99).nextReviewDue())
                .isEqualTo(LocalDate.of(2023, 11, 15));
    }

    @Test
    void from100PointsTheNextReviewIsAYearLater() {
        Due due = FidelityReviewSchedule.afterReview(LocalDate.of(2023, 5, 15), 100);

        assertThat(due.interval()).isEqualTo(Interval.YEARLY);
        assertThat(due.nextReviewDue()).isEqualTo(LocalDate.of(2024, 5, 15));
    }

    @Test
    void aProviderNeverReviewedIsDueHalfAYearAfterItsContractStarted() {
        Due due = FidelityReviewSchedule.firstReview(LocalDate.of(2022, 9, 5));

        assertThat(due.basis()).isEqualTo(Basis.CONTRACT_START);
        assertThat(due.nextReviewDue()).isEqualTo(LocalDate.of(2023, 3, 5));
    }

    @Test
    void overdueOnlyAfterTheDueDay() {
        Due due = FidelityReviewSchedule.afterReview(LocalDate.of(2022, 11, 15), 89);

        assertThat(due.overdueOn(LocalDate.of(2023, 5, 15))).isFalse();
        assertThat(due.overdueOn(LocalDate.of(2023, 5, 16))).isTrue();
    }
}
