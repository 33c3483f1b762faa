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

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.reporting.domain.CoachingFacts.Episode;
import fi.polku.reporting.domain.CoachingFacts.Fee;
import fi.polku.reporting.domain.CoachingFacts.Job;

/**
 * Supported-employment coaching per provider and overall: clients coached, outcomes, clients employed in the open
 * labour market, the quarterly employment rate against the IPS benchmarks, fees per quarter and the latest
 * fidelity review. Totals over providers count a client once per provider.
 */
@Schema(description = "Coaching per provider and overall")
public record CoachingReport(
        CountList clientsCoached,
        CrossTable outcomes,
        CountList employedOpenLabourMarket,
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
    public static CoachingReport of(List<Episode> allEpisodes, List<Job> jobs, List<Fee> allFees,
            List<FidelityReview> reviews, Integer year, OffsetDateTime asOf) {
        List<Episode> episodes = allEpisodes.stream().filter(e -> year == null
                || e.startedAt() != null && Periods.day(e.startedAt()).getYear() == year).toList();
        List<Fee> fees = allFees.stream().filter(f -> year == null || Periods.day(f.earnedAt()).getYear() == year)
                .toList();
        Map<String, Set<String>> coached = new TreeMap<>();
        Map<String, Map<String, Long>> outcomes = new TreeMap<>();
        Set<String> outcomeKinds = new TreeSet<>();
        for (Episode episode : episodes) {
            coached.computeIfAbsent(episode.providerId(), p -> new HashSet<>()).add(episode.clientKey());
            if (episode.outcome() != null) {
                ClientsReport.increment(outcomes, episode.providerId(), episode.outcome());
                outcomeKinds.add(episode.outcome());
            }
        }
        Map<String, Long> coachedCounts = new TreeMap<>();
        coached.forEach((provider, clients) -> coachedCounts.put(provider, (long) clients.size()));
        Map<String, Long> employed = new TreeMap<>();
        coached.forEach((provider, clients) -> employed.put(provider, clients.stream().filter(client -> jobs.stream()
                .anyMatch(job -> job.clientKey().equals(client) && job.openLabourMarket()
                        && (job.providerId() == null || job.providerId().equals(provider)))).count()));
        return new CoachingReport(CountList.of("providerId", coachedCounts),
                CrossTable.of("providerId", "outcome", new ArrayList<>(coached.keySet()), new ArrayList<>(outcomeKinds),
                        outcomes),
                CountList.of("providerId", employed),
                QuarterlyEmployment.of(allEpisodes, jobs, year, Periods.day(asOf)), feeRows(fees), reviews, asOf);
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
        lines.addAll(quarterlyEmployment.served().csvRows("quarterlyServed"));
        lines.addAll(quarterlyEmployment.employed().csvRows("quarterlyEmployed"));
        quarterlyEmployment.rates().forEach(rate -> lines.add(List.of("quarterlyEmploymentRatePercent",
                rate.providerId(), rate.quarter(), FlowReport.text(rate.ratePercent()))));
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
