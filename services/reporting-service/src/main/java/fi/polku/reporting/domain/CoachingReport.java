package fi.polku.reporting.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.reporting.domain.CoachingFacts.Episode;
import fi.polku.reporting.domain.CoachingFacts.Fee;
import fi.polku.reporting.domain.CoachingFacts.Job;

/**
 * Supported-employment coaching per provider and overall: clients coached, the clients reaching each outcome (an
 * episode may have several), clients employed in the open labour market and in competitive employment (both by
 * {@link Employment}), the quarterly employment rate against the IPS benchmarks, fees per quarter and the latest
 * fidelity review. Totals over providers count a client once per provider.
 */
@Schema(description = "Coaching per provider and overall")
public record CoachingReport(
        CountList clientsCoached,
        @Schema(description = "Clients per provider who reached each outcome (a client with several outcomes counts"
                + " under each)") CrossTable outcomes,
        @Schema(description = "Coached clients with a job of kind paid work in the open labour market (a work trial"
                + " is no employment)") CountList employedOpenLabourMarket,
        @Schema(description = "Coached clients in competitive employment: open labour market and at least the"
                + " collective agreement's wage") CountList competitiveEmployment,
        QuarterlyEmployment quarterlyEmployment,
        List<FeeRow> fees,
        List<FidelityReview> fidelityReviews,
        OffsetDateTime asOf) implements CsvReport {

    @Schema(description = "Fees a provider earned in a quarter; the amount is withheld with a suppressed count, "
            + "since fees are fixed per type and the amount would give the count away")
    public record FeeRow(String providerId, String quarter, String feeType, SuppressedCount fees,
            @Schema(nullable = true, description = "Sum of the fees in euros; null when the count is suppressed")
            BigDecimal amountEuros) {
    }

    /** @param year when given, episodes started and fees earned in the year, and the quarters of the year */
    public static CoachingReport of(List<Episode> allEpisodes, List<CoachingFacts.Outcome> allOutcomes,
            List<Job> jobs, List<Fee> allFees, List<ClientPath> clients, List<FidelityReview> reviews, Integer year,
            OffsetDateTime asOf) {
        List<Episode> episodes = allEpisodes.stream().filter(e -> year == null
                || e.startedAt() != null && Periods.day(e.startedAt()).getYear() == year).toList();
        List<Fee> fees = allFees.stream().filter(f -> year == null || Periods.day(f.earnedAt()).getYear() == year)
                .toList();
        Map<String, Set<String>> coached = new TreeMap<>();
        for (Episode episode : episodes) {
            coached.computeIfAbsent(episode.providerId(), p -> new HashSet<>()).add(episode.clientKey());
        }
        Map<String, Set<List<String>>> reached = new TreeMap<>();
        Set<String> outcomeKinds = new TreeSet<>();
        allOutcomes.stream().filter(o -> year == null || o.date().getYear() == year).forEach(o -> {
            coached.computeIfAbsent(o.providerId(), p -> new HashSet<>());
            reached.computeIfAbsent(o.providerId(), p -> new HashSet<>()).add(List.of(o.clientKey(), o.outcome()));
            outcomeKinds.add(o.outcome());
        });
        Map<String, Map<String, Long>> outcomes = new TreeMap<>();
        reached.forEach((provider, pairs) -> pairs.forEach(pair -> ClientsReport.increment(outcomes, provider,
                pair.get(1))));
        Map<String, Long> coachedCounts = new TreeMap<>();
        coached.forEach((provider, clientKeys) -> coachedCounts.put(provider, (long) clientKeys.size()));
        return new CoachingReport(CountList.of("providerId", coachedCounts),
                CrossTable.of("providerId", "outcome", new ArrayList<>(coached.keySet()), new ArrayList<>(outcomeKinds),
                        outcomes),
                CountList.of("providerId", employed(coached, jobs, Employment::inOpenLabourMarket)),
                CountList.of("providerId", employed(coached, jobs, Employment::competitive)),
                QuarterlyEmployment.of(allEpisodes, jobs, clients, year, Periods.day(asOf)), feeRows(fees), reviews,
                asOf);
    }

    private static Map<String, Long> employed(Map<String, Set<String>> coached, List<Job> jobs,
            Predicate<Job> definition) {
        Map<String, Long> employed = new TreeMap<>();
        coached.forEach((provider, clientKeys) -> employed.put(provider, clientKeys.stream().filter(client -> jobs
                .stream().anyMatch(job -> job.clientKey().equals(client) && definition.test(job)
                        && (job.providerId() == null || job.providerId().equals(provider)))).count()));
        return employed;
    }

    static List<FeeRow> feeRows(List<Fee> fees) {
        Map<List<String>, long[]> counts = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
        Map<List<String>, BigDecimal> amounts = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
        for (Fee fee : fees) {
            List<String> key = List.of(fee.providerId(), Periods.quarter(Periods.day(fee.earnedAt())), fee.feeType());
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            amounts.merge(key, fee.amount(), BigDecimal::add);
        }
        List<FeeRow> rows = new ArrayList<>();
        counts.forEach((key, count) -> {
            SuppressedCount shown = SuppressedCount.of(count[0]);
            rows.add(new FeeRow(key.get(0), key.get(1), key.get(2), shown, shown.suppressed() ? null : amounts.get(key)));
        });
        return rows;
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> lines = new ArrayList<>(clientsCoached.csvRows("clientsCoached"));
        lines.addAll(outcomes.csvRows("outcomes"));
        lines.addAll(employedOpenLabourMarket.csvRows("employedOpenLabourMarket"));
        lines.addAll(competitiveEmployment.csvRows("competitiveEmployment"));
        lines.addAll(quarterlyEmployment.served().csvRows("quarterlyServed"));
        lines.addAll(quarterlyEmployment.employed().csvRows("quarterlyEmployed"));
        quarterlyEmployment.rates().forEach(rate -> lines.add(List.of("quarterlyEmploymentRatePercent",
                rate.providerId(), rate.quarter(), FlowReport.text(rate.ratePercent()))));
        QuarterlyEmployment.ServiceClientsShare all = quarterlyEmployment.allServiceClients();
        lines.addAll(all.clients().csvRows("quarterlyAllServiceClients"));
        lines.addAll(all.employed().csvRows("quarterlyAllServiceClientsEmployed"));
        all.rates().forEach(rate -> lines.add(List.of("quarterlyEmploymentRatePercent", rate.providerId(),
                rate.quarter(), FlowReport.text(rate.ratePercent()))));
        quarterlyEmployment.benchmarks().forEach((name, percent) -> lines.add(List.of("ipsBenchmarkPercent", name, "",
                percent.toString())));
        fees.forEach(fee -> {
            String row = fee.providerId() + "/" + fee.feeType();
            lines.add(List.of("fees", row, fee.quarter(), fee.fees().display()));
            lines.add(List.of("feeAmountEuros", row, fee.quarter(),
                    fee.amountEuros() == null ? SuppressedCount.SMALL : fee.amountEuros().toPlainString()));
        });
        fidelityReviews.forEach(review -> {
            lines.add(List.of("fidelityReview", review.providerId(), "reviewDate", String.valueOf(review.reviewDate())));
            lines.add(List.of("fidelityReview", review.providerId(), "total", String.valueOf(review.total())));
            lines.add(List.of("fidelityReview", review.providerId(), "band", String.valueOf(review.band())));
            lines.add(List.of("fidelityReview", review.providerId(), "proratedTotal",
                    String.valueOf(review.proratedTotal())));
            lines.add(List.of("fidelityReview", review.providerId(), "proratedBand",
                    String.valueOf(review.proratedBand())));
        });
        return lines;
    }

}
