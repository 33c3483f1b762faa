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

    static Job job(String client, String kind, boolean open, LocalDate start, LocalDate end) {
        return new Job(client, "P", kind, open, true, start, end);
    }

    static ClientPath client(String key, OffsetDateTime registered, OffsetDateTime closed, String closedReason) {
        return new ClientPath(key, "091", registered, registered, true, null, null, null, null, null, null, false,
                false, closed, closedReason, null, 0, 0, null, null);
    }

    @Test
    void theRateIsClientsWithAJobDuringTheQuarterOverClientsServedInIt() {
        List<Episode> episodes = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            episodes.add(new Episode("c" + i, "P", OffsetDateTime.parse("2024-02-01T10:00:00+02:00"),
                    OffsetDateTime.parse("2024-09-30T10:00:00+03:00"), null, null));
        }
        for (int i = 0; i < 5; i++) {
            jobs.add(job("c" + i, "EMPLOYMENT", true, LocalDate.of(2024, 4, 15), i == 0 ? LocalDate.of(2024, 7, 1) : null));
        }
        jobs.add(job("c9", "EMPLOYMENT", false, LocalDate.of(2024, 4, 1), null));

        QuarterlyEmployment employment = QuarterlyEmployment.of(episodes, jobs, List.of(), 2024,
                LocalDate.of(2025, 1, 10));

        assertThat(employment.population()).isEqualTo("COACHED_CLIENTS");
        assertThat(employment.served().columns()).containsExactly("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
        assertThat(employment.rates()).filteredOn(r -> r.providerId().equals("P"))
                .extracting(QuarterlyEmployment.Rate::ratePercent).containsExactly(0.0, 50.0, 50.0, null);
        QuarterlyEmployment.Rate q2 = employment.rates().stream()
                .filter(r -> r.providerId().equals(QuarterlyEmployment.OVERALL) && r.quarter().equals("2024-Q2"))
                .findFirst().orElseThrow();
        assertThat(q2.benchmarkReached()).isEqualTo(IpsBenchmark.EXCELLENT);
    }

    /** §2.11 and §6 "tulospalkkio (työllistyminen avoimille markkinoille)": a work trial is not employment. */
    @Test
    void aWorkTrialInTheOpenLabourMarketIsNotEmployment() {
        List<Episode> episodes = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            episodes.add(new Episode("c" + i, "P", OffsetDateTime.parse("2024-04-01T10:00:00+03:00"), null, null,
                    null));
            jobs.add(job("c" + i, i < 5 ? "EMPLOYMENT" : "WORK_TRIAL", true, LocalDate.of(2024, 4, 15), null));
        }
        QuarterlyEmployment employment = QuarterlyEmployment.of(episodes, jobs, List.of(), 2024,
                LocalDate.of(2024, 6, 30));
        assertThat(employment.rates()).filteredOn(r -> r.providerId().equals("P") && r.quarter().equals("2024-Q2"))
                .extracting(QuarterlyEmployment.Rate::ratePercent).containsExactly(50.0);
    }

    /**
     * IPS 10.5: "Avoimille työmarkkinoille työllistyneiden osuus kaikista työllistymistä tukevien palveluiden
     * asiakkaista mitataan vähintään neljännesvuosittain" — over all clients of the package, coached or not; a
     * clientship closed as employed in the open labour market counts.
     */
    @Test
    void theShareOverAllServiceClientsCountsEveryClientAndEmploymentClosures() {
        OffsetDateTime registered = OffsetDateTime.parse("2024-01-10T10:00:00+02:00");
        List<ClientPath> clients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            clients.add(client("c" + i, registered, null, null));
        }
        for (int i = 20; i < 25; i++) {
            clients.add(client("c" + i, registered, OffsetDateTime.parse("2024-05-10T10:00:00+03:00"),
                    "EMPLOYED_OPEN_LABOUR_MARKET"));
        }
        clients.add(client("gone", registered, OffsetDateTime.parse("2024-02-10T10:00:00+02:00"), "MOVED_AWAY"));
        List<Episode> episodes = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            episodes.add(new Episode("c" + i, "P", registered, null, null, null));
        }
        for (int i = 0; i < 5; i++) {
            jobs.add(job("c" + i, "EMPLOYMENT", true, LocalDate.of(2024, 4, 15), null));
        }
        QuarterlyEmployment.ServiceClientsShare all = QuarterlyEmployment.of(episodes, jobs, clients, 2024,
                LocalDate.of(2024, 9, 30)).allServiceClients();

        assertThat(all.population()).isEqualTo("ALL_SERVICE_PACKAGE_CLIENTS");
        assertThat(all.clients().rows().get(0).cells()).extracting(SuppressedCount::value)
                .containsExactly(26L, 25L, 20L);
        assertThat(all.employed().rows().get(0).cells()).extracting(SuppressedCount::display)
                .containsExactly("0", "10", "5");
        assertThat(all.rates()).extracting(QuarterlyEmployment.Rate::ratePercent).containsExactly(0.0, 40.0, 25.0);
    }
}
