package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fi.polku.platform.referrals.AnswerDeadline;

class ReferralRulesTest {

    @Test
    void theProviderAnswersARequestedReferralAndTheEpisodeMovesItOn() {
        assertThat(ReferralRules.allowed(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED)).isTrue();
        assertThat(ReferralRules.allowed(ReferralStatus.REQUESTED, ReferralStatus.DECLINED)).isTrue();
        assertThat(ReferralRules.allowed(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS)).isTrue();
        assertThat(ReferralRules.allowed(ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED)).isTrue();
        assertThat(ReferralRules.allowed(ReferralStatus.REQUESTED, ReferralStatus.IN_PROGRESS)).isFalse();
        assertThat(ReferralRules.allowed(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED)).isFalse();
    }

    @Test
    void theSenderCancelsOnlyBeforeCoachingStarts() {
        assertThat(ReferralRules.allowed(ReferralStatus.REQUESTED, ReferralStatus.CANCELLED)).isTrue();
        assertThat(ReferralRules.allowed(ReferralStatus.ACCEPTED, ReferralStatus.CANCELLED)).isTrue();
        assertThat(ReferralRules.allowed(ReferralStatus.IN_PROGRESS, ReferralStatus.CANCELLED)).isFalse();
    }

    @Test
    void theHistoryIsNeverRewrittenAFinalStatusStays() {
        for (ReferralStatus finalStatus : new ReferralStatus[] {ReferralStatus.DECLINED, ReferralStatus.COMPLETED,
                ReferralStatus.CANCELLED}) {
            assertThat(finalStatus.isFinal()).isTrue();
            for (ReferralStatus to : ReferralStatus.values()) {
                assertThat(ReferralRules.allowed(finalStatus, to)).as(finalStatus + " -> " + to).isFalse();
            }
        }
    }

    @Test
    void theAnswerIsDueFiveWorkingDaysLaterSkippingWeekendsAndHolidays() {
        // Monday 18 November 2024 + 5 working days = Monday 25 November
        assertThat(AnswerDeadline.of(LocalDate.of(2024, 11, 18), 5)).isEqualTo(LocalDate.of(2024, 11, 25));
        // Friday 20 December 2024: Christmas Eve, Christmas Day, Boxing Day and New Year's Day are not working days
        assertThat(AnswerDeadline.of(LocalDate.of(2024, 12, 20), 5)).isEqualTo(LocalDate.of(2025, 1, 2));
        // Wednesday 4 December 2024: Independence Day, Friday 6 December, is not a working day
        assertThat(AnswerDeadline.of(LocalDate.of(2024, 12, 4), 5)).isEqualTo(LocalDate.of(2024, 12, 12));
    }

    @Test
    void aReferralStillRequestedAfterItsAnswerDayIsUnanswered() {
        LocalDate due = LocalDate.of(2024, 12, 9);
        assertThat(ReferralRules.unanswered(ReferralStatus.REQUESTED, due, due)).isFalse();
        assertThat(ReferralRules.unanswered(ReferralStatus.REQUESTED, due, due.plusDays(1))).isTrue();
        assertThat(ReferralRules.unanswered(ReferralStatus.ACCEPTED, due, due.plusDays(1))).isFalse();
    }
}
