package fi.polku.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.reporting.domain.CoachingFacts.Episode;
import fi.polku.reporting.domain.CoachingFacts.Job;

/**
 * The quarterly share employed in the open labour market ({@link Employment}), for two populations, each labelled:
 *
 * <ul>
 * <li>{@value #COACHED}: of the clients a provider served in the quarter (a coaching episode open on any day of it),
 * the share who had a job in the open labour market on any day of it. A job counts for the provider that recorded
 * it (or, if none is named, for every provider serving the client). "Overall" is the column total: a client coached
 * by two providers in a quarter counts for both.</li>
 * <li>{@value #ALL_SERVICE_CLIENTS}: IPS item 10.5, "Avoimille työmarkkinoille työllistyneiden osuus kaikista
 * työllistymistä tukevien palveluiden asiakkaista mitataan vähintään neljännesvuosittain": of all clients of the
 * service package with an open clientship on any day of the quarter, the share who had such a job on any day of it
 * or whose clientship was closed in it as employed in the open labour market.</li>
 * </ul>
 */
@Schema(description = "Quarterly employment rate in the open labour market against the IPS benchmarks: per provider"
        + " over coached clients, and over all clients of the employment-supporting services (IPS item 10.5)")
public record QuarterlyEmployment(
        @Schema(description = "Who the per-provider tables count: COACHED_CLIENTS") String population,
        @Schema(description = "Clients served per provider and quarter") CrossTable served,
        @Schema(description = "Clients with an open-labour-market job per provider and quarter") CrossTable employed,
        List<Rate> rates,
        Map<String, Integer> benchmarks,
        @Schema(description = "IPS item 10.5: the share over all clients of the employment-supporting services")
        ServiceClientsShare allServiceClients) {

    public static final String OVERALL = "ALL";
    public static final String COACHED = "COACHED_CLIENTS";
    public static final String ALL_SERVICE_CLIENTS = "ALL_SERVICE_PACKAGE_CLIENTS";

    @Schema(description = "Clients of the service package with an open clientship in the quarter, and those of them"
            + " employed in the open labour market in it (a job, or the clientship closed as employed)")
    public record ServiceClientsShare(
            @Schema(description = "Who is counted: ALL_SERVICE_PACKAGE_CLIENTS") String population,
            @Schema(description = "One row, ALL_SERVICE_PACKAGE_CLIENTS, by quarter") CrossTable clients,
            @Schema(description = "One row, ALL_SERVICE_PACKAGE_CLIENTS, by quarter") CrossTable employed,
            List<Rate> rates) {
    }

    @Schema(description = "Employment rate in percent; null when the clients employed or served are suppressed")
    public record Rate(
            @Schema(description = "The provider, ALL (every provider), or ALL_SERVICE_PACKAGE_CLIENTS")
            String providerId, String quarter,
            @Schema(nullable = true, description = "Clients employed / served in percent; null when suppressed")
            Double ratePercent,
            @Schema(implementation = String.class, nullable = true, description = "The highest IPS benchmark the "
                    + "rate reaches: BELOW_MINIMAL, MINIMAL, AVERAGE or EXCELLENT; null with the rate (an enum "
                    + "without null could not say so in OpenAPI 3.0)")
            IpsBenchmark benchmarkReached) {
    }

    /** @param year when given, its quarters (up to today's); otherwise every quarter since the first episode */
    public static QuarterlyEmployment of(List<Episode> episodes, List<Job> jobs, List<ClientPath> clients,
            Integer year, LocalDate today) {
        List<String> quarters = quarters(episodes, year, today);
        List<String> providers = episodes.stream().filter(e -> servedIn(e, quarters)).map(Episode::providerId)
                .distinct().sorted().toList();
        Map<String, Map<String, Long>> served = new TreeMap<>();
        Map<String, Map<String, Long>> employed = new TreeMap<>();
        for (String quarter : quarters) {
            LocalDate start = Periods.quarterStart(quarter);
            LocalDate end = Periods.quarterEnd(quarter);
            for (String provider : providers) {
                Set<String> servedClients = new HashSet<>();
                episodes.stream().filter(e -> e.providerId().equals(provider) && e.startedAt() != null
                        && !Periods.day(e.startedAt()).isAfter(end)
                        && (e.endedAt() == null || !Periods.day(e.endedAt()).isBefore(start)))
                        .forEach(e -> servedClients.add(e.clientKey()));
                long employedClients = servedClients.stream().filter(client -> jobs.stream().anyMatch(job ->
                        job.clientKey().equals(client) && Employment.inOpenLabourMarket(job)
                                && (job.providerId() == null || job.providerId().equals(provider))
                                && Employment.during(job, start, end))).count();
                served.computeIfAbsent(provider, p -> new TreeMap<>()).put(quarter, (long) servedClients.size());
                employed.computeIfAbsent(provider, p -> new TreeMap<>()).put(quarter, employedClients);
            }
        }
        CrossTable servedTable = CrossTable.of("providerId", "quarter", providers, quarters, served);
        CrossTable employedTable = CrossTable.of("providerId", "quarter", providers, quarters, employed);
        List<Rate> rates = new ArrayList<>();
        for (int q = 0; q < quarters.size(); q++) {
            for (int p = 0; p < providers.size(); p++) {
                rates.add(rate(providers.get(p), quarters.get(q), employedTable.rows().get(p).cells().get(q),
                        servedTable.rows().get(p).cells().get(q)));
            }
            rates.add(rate(OVERALL, quarters.get(q), employedTable.columnTotals().get(q),
                    servedTable.columnTotals().get(q)));
        }
        Map<String, Integer> benchmarks = new TreeMap<>();
        for (IpsBenchmark benchmark : List.of(IpsBenchmark.MINIMAL, IpsBenchmark.AVERAGE, IpsBenchmark.EXCELLENT)) {
            benchmarks.put(benchmark.name(), benchmark.percent());
        }
        return new QuarterlyEmployment(COACHED, servedTable, employedTable, rates, benchmarks,
                allServiceClients(clients, jobs, quarters));
    }

    static ServiceClientsShare allServiceClients(List<ClientPath> clients, List<Job> jobs, List<String> quarters) {
        Map<String, List<Job>> jobsOfClient = new TreeMap<>();
        jobs.stream().filter(Employment::inOpenLabourMarket)
                .forEach(job -> jobsOfClient.computeIfAbsent(job.clientKey(), k -> new ArrayList<>()).add(job));
        Map<String, Long> inService = new TreeMap<>();
        Map<String, Long> employed = new TreeMap<>();
        for (String quarter : quarters) {
            LocalDate start = Periods.quarterStart(quarter);
            LocalDate end = Periods.quarterEnd(quarter);
            List<ClientPath> open = clients.stream().filter(c -> !Periods.day(c.registeredAt()).isAfter(end)
                    && (c.closedAt() == null || !Periods.day(c.closedAt()).isBefore(start))).toList();
            inService.put(quarter, (long) open.size());
            employed.put(quarter, open.stream().filter(c -> jobsOfClient.getOrDefault(c.clientKey(), List.of())
                    .stream().anyMatch(job -> Employment.during(job, start, end))
                    || Employment.closedAsEmployed(c.closedReason()) && !Periods.day(c.closedAt()).isAfter(end))
                    .count());
        }
        List<String> row = List.of(ALL_SERVICE_CLIENTS);
        CrossTable clientsTable = CrossTable.of("population", "quarter", row, quarters,
                Map.of(ALL_SERVICE_CLIENTS, inService));
        CrossTable employedTable = CrossTable.of("population", "quarter", row, quarters,
                Map.of(ALL_SERVICE_CLIENTS, employed));
        List<Rate> rates = new ArrayList<>();
        for (int q = 0; q < quarters.size(); q++) {
            rates.add(rate(ALL_SERVICE_CLIENTS, quarters.get(q), employedTable.rows().get(0).cells().get(q),
                    clientsTable.rows().get(0).cells().get(q)));
        }
        return new ServiceClientsShare(ALL_SERVICE_CLIENTS, clientsTable, employedTable, rates);
    }

    private static Rate rate(String provider, String quarter, SuppressedCount employed, SuppressedCount served) {
        if (employed.suppressed() || served.suppressed() || served.value() == 0) {
            return new Rate(provider, quarter, null, null);
        }
        double percent = Percentiles.round(100.0 * employed.value() / served.value());
        return new Rate(provider, quarter, percent, IpsBenchmark.reached(percent));
    }

    static List<String> quarters(List<Episode> episodes, Integer year, LocalDate today) {
        LocalDate first = year != null ? LocalDate.of(year, 1, 1) : episodes.stream().filter(e -> e.startedAt() != null)
                .map(e -> Periods.day(e.startedAt())).min(LocalDate::compareTo).orElse(today);
        LocalDate last = year != null && today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
        List<String> quarters = new ArrayList<>();
        for (LocalDate day = Periods.quarterStart(Periods.quarter(first)); !day.isAfter(last); day = day.plusMonths(3)) {
            quarters.add(Periods.quarter(day));
        }
        return quarters;
    }

    private static boolean servedIn(Episode episode, List<String> quarters) {
        return !quarters.isEmpty() && episode.startedAt() != null
                && !Periods.day(episode.startedAt()).isAfter(Periods.quarterEnd(quarters.get(quarters.size() - 1)))
                && (episode.endedAt() == null
                        || !Periods.day(episode.endedAt()).isBefore(Periods.quarterStart(quarters.get(0))));
    }
}
