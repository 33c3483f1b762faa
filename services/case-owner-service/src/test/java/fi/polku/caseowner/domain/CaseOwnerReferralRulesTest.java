package fi.polku.caseowner.domain;

import static fi.polku.caseowner.domain.CaseOwnerReferralStatus.ACCEPTED;
import static fi.polku.caseowner.domain.CaseOwnerReferralStatus.CANCELLED;
import static fi.polku.caseowner.domain.CaseOwnerReferralStatus.COMPLETED;
import static fi.polku.caseowner.domain.CaseOwnerReferralStatus.DECLINED;
import static fi.polku.caseowner.domain.CaseOwnerReferralStatus.IN_PROGRESS;
import static fi.polku.caseowner.domain.CaseOwnerReferralStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import fi.polku.platform.referrals.AnswerDeadline;

/** Issue 17 §1: the coaching → case owner referral's moves, the sender's cancel, the episode basis, the answer day. */
class CaseOwnerReferralRulesTest {

    @Test
    void theReceiverMovesItOneWayAndTheFinalStatusesStay() {
        assertThat(CaseOwnerReferralRules.allowed(REQUESTED, ACCEPTED)).isTrue();
        assertThat(CaseOwnerReferralRules.allowed(REQUESTED, DECLINED)).isTrue();
        assertThat(CaseOwnerReferralRules.allowed(ACCEPTED, IN_PROGRESS)).isTrue();
        assertThat(CaseOwnerReferralRules.allowed(IN_PROGRESS, COMPLETED)).isTrue();
        assertThat(CaseOwnerReferralRules.allowed(REQUESTED, IN_PROGRESS)).as("accepted first").isFalse();
        assertThat(CaseOwnerReferralRules.allowed(ACCEPTED, DECLINED)).isFalse();
        assertThat(CaseOwnerReferralRules.allowed(ACCEPTED, COMPLETED)).as("started first").isFalse();
        for (CaseOwnerReferralStatus last : new CaseOwnerReferralStatus[] {DECLINED, COMPLETED, CANCELLED}) {
            for (CaseOwnerReferralStatus next : CaseOwnerReferralStatus.values()) {
                assertThat(CaseOwnerReferralRules.allowed(last, next)).as(last + " is final").isFalse();
            }
        }
    }

    @Test
    void theSenderCancelsOnlyBeforeTheReceiverHasStarted() {
        assertThat(CaseOwnerReferralRules.senderMayCancel(REQUESTED)).isTrue();
        assertThat(CaseOwnerReferralRules.senderMayCancel(ACCEPTED)).isTrue();
        assertThat(CaseOwnerReferralRules.allowed(REQUESTED, CANCELLED)).isTrue();
        assertThat(CaseOwnerReferralRules.allowed(ACCEPTED, CANCELLED)).isTrue();
        assertThat(CaseOwnerReferralRules.senderMayCancel(IN_PROGRESS)).isFalse();
        assertThat(CaseOwnerReferralRules.allowed(IN_PROGRESS, CANCELLED)).isFalse();
    }

    @Test
    void anOpenEpisodeOrOneEndedAtMostThirtyDaysAgoIsTheCoachsBasis() {
        OffsetDateTime now = OffsetDateTime.of(2026, 12, 2, 12, 0, 0, 0, ZoneOffset.UTC);
        assertThat(CaseOwnerReferralRules.episodeIsBasis(null, now)).isTrue();
        assertThat(CaseOwnerReferralRules.episodeIsBasis(now.minusDays(30), now)).isTrue();
        assertThat(CaseOwnerReferralRules.episodeIsBasis(now.minusDays(30).minusSeconds(1), now)).isFalse();
    }

    @Test
    void theReceiverAnswersWithinTheConfiguredFinnishWorkingDays() {
        // Monday 2 November 2026: five working days later is the next Monday
        assertThat(AnswerDeadline.of(LocalDate.of(2026, 11, 2), 5))
                .isEqualTo(LocalDate.of(2026, 11, 9));
        // Monday 21 December 2026: Christmas Eve, Christmas Day (and Boxing Day, a Saturday) are not working days
        assertThat(AnswerDeadline.of(LocalDate.of(2026, 12, 21), 5))
                .isEqualTo(LocalDate.of(2026, 12, 30));
    }
}
