package fi.polku.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.polku.reporting.domain.CoachingFacts.Episode;
import fi.polku.reporting.domain.CoachingFacts.Job;

class QuarterlyEmploymentTest {

    @Test
    void theRateIsClientsWithAJobDuringTheQuarterOverClientsServedInIt() {
        List<Episode> episodes = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            episodes.add(new Episode("c" + i, "P", OffsetDateTime.parse("2024-02-01T10:00:00+02:00"),
                    OffsetDateTime.parse("2024-09-30T10:00:00+03:00"), null, null));
        }
        for (int i = 0; i < 5; i++) {
            jobs.add(new Job("c" + i, "P", true, LocalDate.of(2024, 4, 15), i == 0 ? LocalDate.of(2024, 7, 1) : null));
        }
        jobs.add(new Job("c9", "P", false, LocalDate.of(2024, 4, 1), null));

        QuarterlyEmployment employment = QuarterlyEmployment.of(episodes, jobs, 2024, LocalDate.of(2025, 1, 10));

        assertThat(employment.served().columns()).containsExactly("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
        assertThat(employment.rates()).filteredOn(r -> r.providerId().equals("P"))
                .extracting(QuarterlyEmployment.Rate::ratePercent).containsExactly(0.0, 50.0, 50.0, null);
        QuarterlyEmployment.Rate q2 = employment.rates().stream()
                .filter(r -> r.providerId().equals(QuarterlyEmployment.OVERALL) && r.quarter().equals("2024-Q2"))
                .findFirst().orElseThrow();
        assertThat(q2.benchmarkReached()).isEqualTo(IpsBenchmark.EXCELLENT);
    }

    @Test
    void benchmarksAreTheIpsThresholds() {
        assertThat(IpsBenchmark.reached(30.9)).isEqualTo(IpsBenchmark.BELOW_MINIMAL);
        assertThat(IpsBenchmark.reached(31)).isEqualTo(IpsBenchmark.MINIMAL);
        assertThat(IpsBenchmark.reached(41)).isEqualTo(IpsBenchmark.AVERAGE);
        assertThat(IpsBenchmark.reached(50)).isEqualTo(IpsBenchmark.EXCELLENT);
    }
}
