package fi.polku.assessment.domain.instrument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The change per scale between the first and the latest time point at which the scale was scored: measurements are
 * ordered by the day they describe (before / after a service), never by when they were typed in.
 */
public final class Trends {

    /** The scale scores of one response. */
    public record TimePointScores(LocalDate timePoint, Map<String, BigDecimal> scaleScores) {
    }

    private Trends() {
    }

    public static List<ScaleTrend> of(List<TimePointScores> responses, InstrumentDefinition definition) {
        List<TimePointScores> chronological = responses.stream()
                .sorted(Comparator.comparing(TimePointScores::timePoint)).toList();
        Set<String> scales = new LinkedHashSet<>();
        definition.scales().forEach(scale -> scales.add(scale.id()));
        chronological.forEach(response -> scales.addAll(response.scaleScores().keySet()));
        List<ScaleTrend> trends = new ArrayList<>();
        for (String scale : scales) {
            List<TimePointScores> scored = chronological.stream()
                    .filter(response -> response.scaleScores().containsKey(scale)).toList();
            if (scored.isEmpty()) {
                continue;
            }
            TimePointScores first = scored.get(0);
            TimePointScores latest = scored.get(scored.size() - 1);
            BigDecimal firstScore = first.scaleScores().get(scale);
            BigDecimal latestScore = latest.scaleScores().get(scale);
            BigDecimal change = InstrumentDefinition.plain(latestScore.subtract(firstScore));
            Boolean higherIsBetter = definition.higherIsBetter(scale);
            trends.add(new ScaleTrend(scale, higherIsBetter, first.timePoint(), firstScore, latest.timePoint(),
                    latestScore, change, Improvement.of(change, higherIsBetter)));
        }
        return trends;
    }
}
