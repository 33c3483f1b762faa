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

/**
 * Client satisfaction (1-10) recorded with the coaching outcomes, overall and per provider, and next to it the
 * satisfaction with the whole service package that the case owner asks at closure and at the follow-up contact (seed
 * 004's results give it for the project's 38 clients, not the 15 coached: "Asiakastyytyvaisyys 8,6 (asteikko 1 — 10)").
 * The whole-package answers are anonymous to the report, so, as with stakeholder feedback, every figure of them is
 * withheld below five answers.
 */
@Schema(description = "Client satisfaction 1-10 with coaching, overall and per provider, and with the whole service "
        + "package")
public record SatisfactionReport(
        @Schema(description = "Answers by score") CountList distribution,
        @Schema(nullable = true, description = "Mean score; null below five answers") Double mean,
        @Schema(description = "Answers per provider; adds up to the total of the distribution") CountList answersByProvider,
        List<ProviderSatisfaction> providers,
        @Schema(required = true, description = "Satisfaction with the whole service package, asked by the case owner")
        PackageSatisfaction wholePackage,
        OffsetDateTime asOf) implements CsvReport {

    /** One answer about the whole package: at CLOSURE or at the FOLLOW_UP contact. */
    public record PackageAnswer(String occasion, int score) {
    }

    @Schema(description = "Satisfaction with the whole service package (1-10) asked at the case owner's closure "
            + "and at the follow-up contact; every figure is null when fewer than five answered")
    public record PackageSatisfaction(
            @Schema(required = true, description = "Answers in all") long answers,
            @Schema(required = true, description = "True below five answers: every figure below is then null")
            boolean withheld,
            @Schema(nullable = true, description = "Answers at closure; null when withheld") Long atClosure,
            @Schema(nullable = true, description = "Answers at the follow-up contact; null when withheld")
            Long atFollowUp,
            @Schema(nullable = true, description = "Answers by score 1-10; null when withheld")
            Map<String, Long> distribution,
            @Schema(nullable = true, description = "Mean score; null when withheld") Double mean) {

        static final String CLOSURE = "CLOSURE";
        static final String FOLLOW_UP = "FOLLOW_UP";

        static PackageSatisfaction of(List<PackageAnswer> answers) {
            if (answers.size() < SuppressedCount.THRESHOLD) {
                return new PackageSatisfaction(answers.size(), true, null, null, null, null);
            }
            Map<String, Long> distribution = new LinkedHashMap<>();
            for (int score = 1; score <= 10; score++) {
                distribution.put(Integer.toString(score), 0L);
            }
            answers.forEach(a -> distribution.merge(Integer.toString(a.score()), 1L, Long::sum));
            return new PackageSatisfaction(answers.size(), false, occasions(answers, CLOSURE),
                    occasions(answers, FOLLOW_UP), distribution,
                    Percentiles.mean(answers.stream().map(a -> (double) a.score()).toList()));
        }

        private static long occasions(List<PackageAnswer> answers, String occasion) {
            return answers.stream().filter(a -> occasion.equals(a.occasion())).count();
        }

        List<List<String>> csvRows() {
            List<List<String>> lines = new ArrayList<>();
            String hidden = SuppressedCount.COMPLEMENTARY;
            lines.add(List.of("wholePackage", "answers", "", withheld ? SuppressedCount.SMALL : Long.toString(answers)));
            lines.add(List.of("wholePackage", "atClosure", "", withheld ? hidden : Long.toString(atClosure)));
            lines.add(List.of("wholePackage", "atFollowUp", "", withheld ? hidden : Long.toString(atFollowUp)));
            for (int score = 1; score <= 10; score++) {
                String key = Integer.toString(score);
                lines.add(List.of("wholePackageDistribution", key, "",
                        withheld ? hidden : Long.toString(distribution.get(key))));
            }
            lines.add(List.of("wholePackage", "mean", "", withheld ? hidden : FlowReport.text(mean)));
            return lines;
        }
    }

    public record ProviderSatisfaction(String providerId,
            @Schema(nullable = true, description = "Mean score; null below five answers") Double mean) {
    }

    public static SatisfactionReport of(List<Episode> episodes, List<PackageAnswer> packageAnswers,
            OffsetDateTime asOf) {
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
                providers, PackageSatisfaction.of(packageAnswers), asOf);
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> lines = new ArrayList<>(distribution.csvRows("distribution"));
        lines.add(List.of("mean", "", "", FlowReport.text(mean)));
        lines.addAll(answersByProvider.csvRows("answersByProvider"));
        providers.forEach(p -> lines.add(List.of("meanByProvider", p.providerId(), "", FlowReport.text(p.mean()))));
        lines.addAll(wholePackage.csvRows());
        return lines;
    }
}
