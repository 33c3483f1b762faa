package fi.polku.caseowner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.platform.gaps.GapRule;

class GapWatchTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 15, 12, 0, 0, 0, ZoneOffset.UTC);
    private final GapWatch watch = new GapWatch(30);
    private final UUID client = UUID.randomUUID();
    private final UUID ownerId = UUID.randomUUID();
    private final ClientSituation.Owner activeOwner =
            new ClientSituation.Owner(ownerId, true, null, 5, 10, NOW.minusDays(40));

    private ClientSituation open(ClientSituation.Owner owner, OffsetDateTime lastActivity,
            List<ClientSituation.PendingStart> starts) {
        return new ClientSituation(client, true, owner, owner == null ? NOW.minusDays(3) : null, lastActivity, starts,
                null, List.of());
    }

    @Test
    void aWellTendedClientHasNoGap() {
        assertThat(watch.gapsOf(open(activeOwner, NOW.minusDays(29), List.of()), NOW)).isEmpty();
    }

    @Test
    void noCaseOwnerSinceEnteringTheQueue() {
        List<Gap> gaps = watch.gapsOf(open(null, NOW.minusDays(1), List.of()), NOW);
        assertThat(gaps).singleElement().satisfies(gap -> {
            assertThat(gap.rule()).isEqualTo(GapRule.NO_CASE_OWNER);
            assertThat(gap.days()).isEqualTo(3);
            assertThat(gap.caseOwnerProfessionalId()).isNull();
        });
    }

    @Test
    void anInactiveOwnerSinceTheyBecameInactive() {
        var inactive = new ClientSituation.Owner(ownerId, false, NOW.minusDays(8), 5, 10, NOW.minusDays(40));
        assertThat(watch.gapsOf(open(inactive, NOW.minusDays(1), List.of()), NOW)).singleElement()
                .satisfies(gap -> {
                    assertThat(gap.rule()).isEqualTo(GapRule.OWNER_INACTIVE);
                    assertThat(gap.days()).isEqualTo(8);
                    assertThat(gap.caseOwnerProfessionalId()).isEqualTo(ownerId);
                });
    }

    @Test
    void anOwnerOverTheirCaseloadButNotAtIt() {
        var atMaximum = new ClientSituation.Owner(ownerId, true, null, 10, 10, NOW.minusDays(2));
        var over = new ClientSituation.Owner(ownerId, true, null, 11, 10, NOW.minusDays(2));
        assertThat(watch.gapsOf(open(atMaximum, NOW.minusDays(1), List.of()), NOW)).isEmpty();
        assertThat(watch.gapsOf(open(over, NOW.minusDays(1), List.of()), NOW)).singleElement()
                .satisfies(gap -> {
                    assertThat(gap.rule()).isEqualTo(GapRule.OWNER_OVER_CASELOAD);
                    assertThat(gap.days()).isEqualTo(2);
                });
    }

    @Test
    void noNextStepOrContactForMoreThanTheConfiguredDays() {
        assertThat(watch.gapsOf(open(activeOwner, NOW.minusDays(31), List.of()), NOW)).singleElement()
                .satisfies(gap -> {
                    assertThat(gap.rule()).isEqualTo(GapRule.NO_RECENT_NEXT_STEP_OR_CONTACT);
                    assertThat(gap.days()).isEqualTo(31);
                });
        assertThat(new GapWatch(60).gapsOf(open(activeOwner, NOW.minusDays(31), List.of()), NOW)).isEmpty();
    }

    @Test
    void anUnacknowledgedAssessmentOrCoachingStartSinceItStarted() {
        var starts = List.of(new ClientSituation.PendingStart("ASSESSMENT", "a-1", NOW.minusDays(4)),
                new ClientSituation.PendingStart("COACHING", "e-1", NOW.minusDays(1)));
        List<Gap> gaps = watch.gapsOf(open(activeOwner, NOW.minusDays(1), starts), NOW);
        assertThat(gaps).extracting(Gap::rule).containsOnly(GapRule.SERVICE_STARTED_OWNER_NOT_INFORMED);
        assertThat(gaps).extracting(Gap::days).containsExactly(4L, 1L);
    }

    @Test
    void aClosedClientshipOnlyByAnOverdueFollowUp() {
        var closedDueYesterday = new ClientSituation(client, false, activeOwner, null, NOW.minusDays(90), List.of(),
                LocalDate.of(2026, 6, 10), List.of());
        var closedDueToday = new ClientSituation(client, false, activeOwner, null, NOW.minusDays(90), List.of(),
                LocalDate.of(2026, 6, 15), List.of());
        var closedWithoutFollowUp = new ClientSituation(client, false, null, null, NOW.minusDays(90), List.of(),
                null, List.of());
        assertThat(watch.gapsOf(closedDueYesterday, NOW)).singleElement().satisfies(gap -> {
            assertThat(gap.rule()).isEqualTo(GapRule.FOLLOW_UP_OVERDUE);
            assertThat(gap.days()).isEqualTo(4);
        });
        assertThat(watch.gapsOf(closedDueToday, NOW)).isEmpty();
        assertThat(watch.gapsOf(closedWithoutFollowUp, NOW)).isEmpty();
    }

    @Test
    void severalRulesCanFlagTheSameClient() {
        var inactiveAndOver = new ClientSituation.Owner(ownerId, false, NOW.minusDays(5), 12, 10, NOW.minusDays(5));
        assertThat(watch.gapsOf(open(inactiveAndOver, NOW.minusDays(45), List.of()), NOW)).extracting(Gap::rule)
                .containsExactly(GapRule.OWNER_INACTIVE, GapRule.OWNER_OVER_CASELOAD,
                        GapRule.NO_RECENT_NEXT_STEP_OR_CONTACT);
    }

    @Test
    void anAgreedCaseOwnerNotAppliedSinceTheAgreementWithTheReason() {
        UUID assessment = UUID.randomUUID();
        var situation = new ClientSituation(client, true, activeOwner, null, NOW.minusDays(1), List.of(), null,
                List.of(new ClientSituation.WaitingAgreement(assessment, NOW.minusDays(4),
                        "a case owner was set by hand after the agreement")));
        assertThat(watch.gapsOf(situation, NOW)).singleElement().satisfies(gap -> {
            assertThat(gap.rule()).isEqualTo(GapRule.AGREED_CASE_OWNER_NOT_APPLIED);
            assertThat(gap.days()).isEqualTo(4);
            assertThat(gap.detail()).contains(assessment.toString(), "set by hand");
            assertThat(gap.caseOwnerProfessionalId()).isEqualTo(ownerId);
        });
    }
}
