package fi.polku.reporting.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Team assessments: the work-ability estimate of each client's latest assessment, the services recommended, and
 * the change of each instrument scale (e.g. Kykyviisari) between a client's first and latest time point, and how many
 * clients improved, stayed or got worse on it.
 */
@Schema(description = "Work-ability estimates, recommended services and instrument change per scale")
public record AssessmentReport(CountList workAbilityEstimates, CountList recommendedServices,
        List<ScaleChange> instrumentChanges, OffsetDateTime asOf) implements CsvReport {

    @Schema(description = "Change of one instrument scale between the first and the latest time point (the days "
            + "measured, before and after) of the clients measured at least twice; means are null below five clients")
    public record ScaleChange(String instrument, String scale, SuppressedCount clients,
            @Schema(nullable = true) Double meanFirst, @Schema(nullable = true) Double meanLatest,
            @Schema(nullable = true) Double meanChange,
            @Schema(nullable = true, description = "Whether a higher score means better functioning, from the "
                    + "instrument's definition; null where it gives no direction") Boolean higherIsBetter,
            @Schema(nullable = true, description = "Clients whose score moved in the better direction (IMPROVED), "
                    + "stayed (UNCHANGED) or moved in the worse direction (WORSE); null without a direction")
            CountList improvement) {
    }

    public static AssessmentReport of(List<String> estimates, List<String> services, List<InstrumentScore> scores,
            OffsetDateTime asOf) {
        return new AssessmentReport(CountList.of("workAbilityEstimate", tally(estimates)),
                CountList.of("service", tally(services)), changes(scores), asOf);
    }

    static Map<String, Long> tally(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
    }

    static List<ScaleChange> changes(List<InstrumentScore> scores) {
        Map<String, Map<String, Map<String, List<InstrumentScore>>>> byScale = scores.stream().collect(
                Collectors.groupingBy(InstrumentScore::instrument, TreeMap::new,
                        Collectors.groupingBy(InstrumentScore::scale, TreeMap::new,
                                Collectors.groupingBy(InstrumentScore::clientKey))));
        List<ScaleChange> changes = new ArrayList<>();
        byScale.forEach((instrument, scales) -> scales.forEach((scale, clients) -> {
            Boolean higherIsBetter = clients.values().stream().flatMap(List::stream)
                    .map(InstrumentScore::higherIsBetter).filter(Objects::nonNull).findFirst().orElse(null);
            List<Double> first = new ArrayList<>();
            List<Double> latest = new ArrayList<>();
            Map<String, Long> improvement = new LinkedHashMap<>();
            Stream.of(Improvement.values()).forEach(verdict -> improvement.put(verdict.name(), 0L));
            clients.values().stream().filter(points -> points.size() >= 2).forEach(points -> {
                List<InstrumentScore> ordered = points.stream().sorted(InstrumentScore.BY_TIME_POINT).toList();
                double before = ordered.get(0).score();
                double after = ordered.get(ordered.size() - 1).score();
                first.add(before);
                latest.add(after);
                if (higherIsBetter != null) {
                    improvement.merge(Improvement.of(after - before, higherIsBetter).name(), 1L, Long::sum);
                }
            });
            Double meanFirst = Percentiles.mean(first);
            Double meanLatest = Percentiles.mean(latest);
            CountList improvements = higherIsBetter == null ? null : CountList.of("improvement", improvement);
            changes.add(new ScaleChange(instrument, scale,
                    improvements == null ? SuppressedCount.of(first.size()) : improvements.total(), meanFirst,
                    meanLatest, meanFirst == null ? null : Percentiles.round(meanLatest - meanFirst), higherIsBetter,
                    improvements));
        }));
        return changes;
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> lines = new ArrayList<>(workAbilityEstimates.csvRows("workAbilityEstimates"));
        lines.addAll(recommendedServices.csvRows("recommendedServices"));
        for (ScaleChange change : instrumentChanges) {
            String row = change.instrument() + "/" + change.scale();
            lines.add(List.of("instrumentChanges", row, "clients", change.clients().display()));
            lines.add(List.of("instrumentChanges", row, "meanFirst", FlowReport.text(change.meanFirst())));
            lines.add(List.of("instrumentChanges", row, "meanLatest", FlowReport.text(change.meanLatest())));
            lines.add(List.of("instrumentChanges", row, "meanChange", FlowReport.text(change.meanChange())));
            if (change.improvement() != null) {
                change.improvement().rows().forEach(verdict -> lines.add(List.of("instrumentChanges", row,
                        verdict.key(), verdict.count().display())));
            }
        }
        return lines;
    }
}
