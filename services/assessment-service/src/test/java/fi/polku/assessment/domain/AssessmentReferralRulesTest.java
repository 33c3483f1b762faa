package fi.polku.assessment.domain;

import static fi.polku.assessment.domain.AssessmentReferralStatus.ACCEPTED;
import static fi.polku.assessment.domain.AssessmentReferralStatus.CANCELLED;
import static fi.polku.assessment.domain.AssessmentReferralStatus.COMPLETED;
import static fi.polku.assessment.domain.AssessmentReferralStatus.DECLINED;
import static fi.polku.assessment.domain.AssessmentReferralStatus.IN_PROGRESS;
import static fi.polku.assessment.domain.AssessmentReferralStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.referrals.AnswerDeadline;

/**
 * Issue 17 §1: "A referral from one service to another (... case owner → assessment ...) has a status the receiver
 * moves: REQUESTED → ACCEPTED | DECLINED (reason) → IN_PROGRESS → COMPLETED | CANCELLED"; "The referral history is
 * never rewritten".
 */
class AssessmentReferralRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theTeamAnswersARequestedReferralAndTheAssessmentMovesItOn() {
        assertThat(allowedFrom(REQUESTED)).containsExactlyInAnyOrder(ACCEPTED, DECLINED, CANCELLED);
        assertThat(allowedFrom(ACCEPTED)).containsExactlyInAnyOrder(IN_PROGRESS, CANCELLED);
        assertThat(allowedFrom(IN_PROGRESS)).containsExactlyInAnyOrder(COMPLETED, CANCELLED);
    }

    @Test
    void declinedCompletedAndCancelledAreFinal() {
        assertThat(allowedFrom(DECLINED)).isEmpty();
        assertThat(allowedFrom(COMPLETED)).isEmpty();
        assertThat(allowedFrom(CANCELLED)).isEmpty();
    }

    @Test
    void theSenderCancelsOnlyBeforeTheAssessmentStarts() {
        assertThat(EnumSet.allOf(AssessmentReferralStatus.class).stream()
                .filter(AssessmentReferralRules::senderMayCancel)).containsExactlyInAnyOrder(REQUESTED, ACCEPTED);
    }

    @Test
    void theAnswerIsDueInFinnishWorkingDays() {
        // Wednesday 2 December 2026 + 5 working days: Independence Day (Sunday 6th) falls on a weekend
        assertThat(AnswerDeadline.of(LocalDate.of(2026, 12, 2), 5))
                .isEqualTo(LocalDate.of(2026, 12, 9));
        // Friday 18 December 2026 + 5: Christmas Eve, Christmas Day and the weekend do not count
        assertThat(AnswerDeadline.of(LocalDate.of(2026, 12, 18), 5))
                .isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void anImpossibleMoveIsRefusedAndLeavesTheReferralAsItWas() {
        AssessmentReferral referral = AssessmentReferral.request(UUID.randomUUID(), UUID.randomUUID(), "reason",
                "case-owner-1", null, NOW, LocalDate.of(2026, 12, 9));
        referral.moveTo(DECLINED, AssessmentDeclineReason.NO_CAPACITY, NOW.plusHours(1));
        assertThatThrownBy(() -> referral.moveTo(ACCEPTED, null, NOW.plusHours(2)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("DECLINED");
        assertThat(referral.status).isEqualTo(DECLINED);
        assertThat(referral.reasonCode).isEqualTo(AssessmentDeclineReason.NO_CAPACITY);
        assertThat(referral.statusChangedAt).isEqualTo(NOW.plusHours(1));
    }

    private static EnumSet<AssessmentReferralStatus> allowedFrom(AssessmentReferralStatus from) {
        EnumSet<AssessmentReferralStatus> next = EnumSet.noneOf(AssessmentReferralStatus.class);
        for (AssessmentReferralStatus to : AssessmentReferralStatus.values()) {
            if (AssessmentReferralRules.allowed(from, to)) {
                next.add(to);
            }
        }
        return next;
    }
}
