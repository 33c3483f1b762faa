package fi.polku.reporting.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.reporting.domain.CoachingFacts.Episode;

/** Client satisfaction (1-10) recorded with the coaching outcomes, overall and per provider. */
@Schema(description = "Client satisfaction 1-10, overall and per provider")
public record SatisfactionReport(
        @Schema(description = "Answers by score") CountList distribution,
        @Schema(nullable = true, description = "Mean score; null below five answers") Double mean,
        @Schema(description = "Answers per provider; adds up to the total of the distribution") CountList answersByProvider,
        List<ProviderSatisfaction> providers,
        OffsetDateTime asOf) implements CsvReport {

    public record ProviderSatisfaction(String providerId,
            @Schema(nullable = true, description = "Mean score; null below five answers") Double mean) {
    }

    public static SatisfactionReport of(List<Episode> episodes, OffsetDateTime asOf) {
        List<Episode> answered = episodes.stream().filter(e -> e.satisfaction() != null).toList();
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (int score = 1; score <= 10; score++) {
            distribution.put(Integer.toString(score), 0L);
        }
        answered.forEach(e -> distribution.merge(Integer.toString(e.satisfaction()), 1L, Long::sum));
        Map<String, List<Double>> byProvider = answered.stream().collect(Collectors.groupingBy(Episode::providerId,
                TreeMap::new, Collectors.mapping(e -> (double) e.satisfaction(), Collectors.toList())));
        List<ProviderSatisfaction> providers = new ArrayList<>();
        Map<String, Long> answers = new TreeMap<>();
        byProvider.forEach((provider, scores) -> {
            providers.add(new ProviderSatisfaction(provider, Percentiles.mean(scores)));
            answers.put(provider, (long) scores.size());
        });
        Double mean = Percentiles.mean(answered.stream().map(Episode::satisfaction).filter(Objects::nonNull)
                .map(Integer::doubleValue).toList());
        return new SatisfactionReport(CountList.of("score", distribution), mean, CountList.of("providerId", answers),
                providers, asOf);
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> lines = new ArrayList<>(distribution.csvRows("distribution"));
        lines.add(List.of("mean", "", "", FlowReport.text(mean)));
        lines.addAll(answersByProvider.csvRows("answersByProvider"));
        providers.forEach(p -> lines.add(List.of("meanByProvider", p.providerId(), "", FlowReport.text(p.mean()))));
        return lines;
    }
}
