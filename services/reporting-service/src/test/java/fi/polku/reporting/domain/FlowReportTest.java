package fi.polku.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FlowReportTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2024-01-01T08:00:00Z");

    private static ClientPath client(Integer ownerAfterDays, boolean coached, boolean employed) {
        return new ClientPath(java.util.UUID.randomUUID().toString(), "091", START, ownerAfterDays == null ? null : START.plusDays(ownerAfterDays),
                ownerAfterDays != null, null, null, null, null, coached ? START.plusDays(30) : null,
                coached ? START.plusDays(30) : null, employed, false, null, null, null, 0, 0);
    }

    @Test
    void aFunnelStepThatWouldRevealASmallDifferenceIsWithheld() {
        List<ClientPath> clients = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clients.add(client(i < 8 ? 1 : null, i < 5, false));
        }
        List<FlowReport.FunnelStep> funnel = FlowReport.funnel(clients);
        // 10 registered, 8 with an owner (difference 2), 5 coached (difference 5 from the last shown, 10)
        assertThat(funnel).extracting(step -> step.clients().display())
                .containsExactly("10", "..", "0", "0", "5", "0");
    }

    @Test
    void medianAndNinetiethPercentileAreNearestRankAndWithheldBelowFive() {
        List<ClientPath> clients = new ArrayList<>();
        for (int days : new int[] {1, 2, 3, 4, 10, 20}) {
            clients.add(client(days, false, false));
        }
        List<FlowReport.StageTime> times = FlowReport.stageTimes(clients, FlowReport.funnel(clients));
        assertThat(times.get(0).medianDays()).isEqualTo(3.0);
        assertThat(times.get(0).p90Days()).isEqualTo(20.0);
        assertThat(times.get(3).medianDays()).isNull();
        assertThat(Percentiles.of(List.of(1.0, 2.0, 3.0, 4.0), 50)).isNull();
    }

    @Test
    void aClientWithoutCaseOwnerIsInAGapAndEachClientCountsOnce() {
        List<ClientPath> clients = List.of(client(null, false, false), client(1, false, false));
        CountList gaps = FlowReport.gaps(clients, START.toLocalDate(), START);
        assertThat(gaps.rows().get(0).key()).isEqualTo("NO_CASE_OWNER");
        assertThat(gaps.total().display()).isEqualTo("<5");
    }
}
