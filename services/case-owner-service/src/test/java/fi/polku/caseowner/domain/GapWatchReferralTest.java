package fi.polku.caseowner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.platform.gaps.GapRule;

/** Issue 17 §1: an unanswered or declined coaching or assessment referral is a gap the case owner sees. */
class GapWatchReferralTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 15, 12, 0, 0, 0, ZoneOffset.UTC);
    private final GapWatch watch = new GapWatch(30);
    private final UUID client = UUID.randomUUID();
    private final UUID referral = UUID.randomUUID();
    private final ClientSituation.Owner owner =
            new ClientSituation.Owner(UUID.randomUUID(), true, null, 5, 10, NOW.minusDays(40));

    private List<Gap> gapsWith(ClientSituation.Referral waiting) {
        return watch.gapsOf(new ClientSituation(client, true, owner, null, NOW.minusDays(1), List.of(), null,
                List.of(), List.of(waiting)), NOW);
    }

    @Test
    void aReferralStillRequestedAfterItsAnswerDayIsAGapSinceTheDayAfter() {
        LocalDate due = LocalDate.of(2026, 6, 12);
        assertThat(gapsWith(new ClientSituation.Referral(ReferredService.COACHING, referral, "1234567-1", "REQUESTED", null, due,
                NOW.minusDays(8)))).singleElement().satisfies(gap -> {
                    assertThat(gap.rule()).isEqualTo(GapRule.COACHING_REFERRAL_NOT_STARTED);
                    assertThat(gap.since()).isEqualTo(OffsetDateTime.of(2026, 6, 13, 0, 0, 0, 0, ZoneOffset.UTC));
                    assertThat(gap.days()).isEqualTo(2);
                    assertThat(gap.detail()).contains(referral.toString()).contains("not answered by 2026-06-12");
                });
    }

    @Test
    void aReferralWhoseAnswerDayIsTodayIsNoGapYet() {
        assertThat(gapsWith(new ClientSituation.Referral(ReferredService.COACHING, referral, "1234567-1", "REQUESTED", null,
                NOW.toLocalDate(), NOW.minusDays(7)))).isEmpty();
    }

    @Test
    void aDeclinedReferralIsAGapWithItsReasonCodeSinceTheDecline() {
        assertThat(gapsWith(new ClientSituation.Referral(ReferredService.COACHING, referral, "1234567-1", "DECLINED", "NO_CAPACITY",
                NOW.toLocalDate().plusDays(3), NOW.minusDays(1)))).singleElement().satisfies(gap -> {
                    assertThat(gap.rule()).isEqualTo(GapRule.COACHING_REFERRAL_NOT_STARTED);
                    assertThat(gap.since()).isEqualTo(NOW.minusDays(1));
                    assertThat(gap.detail()).contains("declined").contains("NO_CAPACITY");
                    assertThat(gap.caseOwnerProfessionalId()).isEqualTo(owner.professionalId());
                });
    }

    @Test
    void aCoachsReferralBackStillRequestedAfterItsAnswerDayIsAGapOfItsOwnButItsDeclineIsNot() {
        LocalDate due = LocalDate.of(2026, 6, 12);
        assertThat(gapsWith(new ClientSituation.Referral(ReferredService.CASE_OWNER, referral,
                owner.professionalId().toString(), "REQUESTED", null, due, NOW.minusDays(8)))).singleElement()
                .satisfies(gap -> {
                    assertThat(gap.rule()).isEqualTo(GapRule.CASE_OWNER_REFERRAL_NOT_ANSWERED);
                    assertThat(gap.since()).isEqualTo(OffsetDateTime.of(2026, 6, 13, 0, 0, 0, 0, ZoneOffset.UTC));
                    assertThat(gap.detail()).contains("referral back from coaching " + referral)
                            .contains("not answered by 2026-06-12");
                });
        assertThat(gapsWith(new ClientSituation.Referral(ReferredService.CASE_OWNER, referral,
                owner.professionalId().toString(), "DECLINED", "COACHING_SHOULD_CONTINUE", due, NOW.minusDays(1))))
                .as("the decline is the receiver's own answer").isEmpty();
    }

    @Test
    void anAcceptedReferralIsNoGap() {
        assertThat(gapsWith(new ClientSituation.Referral(ReferredService.COACHING, referral, "1234567-1", "ACCEPTED", null,
                NOW.toLocalDate().minusDays(10), NOW.minusDays(12)))).isEmpty();
    }

    @Test
    void anAssessmentReferralFollowsTheSameRuleUnderItsOwnGap() {
        String team = UUID.randomUUID().toString();
        LocalDate due = LocalDate.of(2026, 6, 12);
        assertThat(gapsWith(new ClientSituation.Referral(ReferredService.ASSESSMENT, referral, team, "REQUESTED",
                null, due, NOW.minusDays(8)))).singleElement().satisfies(gap -> {
                    assertThat(gap.rule()).isEqualTo(GapRule.ASSESSMENT_REFERRAL_NOT_STARTED);
                    assertThat(gap.since()).isEqualTo(OffsetDateTime.of(2026, 6, 13, 0, 0, 0, 0, ZoneOffset.UTC));
                    assertThat(gap.detail()).contains("assessment referral " + referral).contains("team " + team);
                });
        assertThat(gapsWith(new ClientSituation.Referral(ReferredService.ASSESSMENT, referral, team, "DECLINED",
                "NO_CAPACITY", due, NOW.minusDays(1)))).singleElement().satisfies(gap -> {
                    assertThat(gap.rule()).isEqualTo(GapRule.ASSESSMENT_REFERRAL_NOT_STARTED);
                    assertThat(gap.detail()).contains("declined by team " + team).contains("NO_CAPACITY");
                });
        assertThat(gapsWith(new ClientSituation.Referral(ReferredService.ASSESSMENT, referral, team, "IN_PROGRESS",
                null, due, NOW.minusDays(1)))).isEmpty();
    }
}
