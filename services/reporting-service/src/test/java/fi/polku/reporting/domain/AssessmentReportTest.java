package fi.polku.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.polku.reporting.domain.AssessmentReport.ScaleChange;

/**
 * Kykyviisari is "used before and after services to show change" (domain.md), and the pilot reports "Kykyviisari
 * arvioinnin muutokset positiivisia" (seed 004): the change runs from the day measured before to the day measured
 * after, and is read with each scale's direction.
 */
class AssessmentReportTest {

    private static final OffsetDateTime TYPED_IN_FIRST = OffsetDateTime.parse("2026-05-01T10:00:00Z");
    private static final OffsetDateTime TYPED_IN_LATER = OffsetDateTime.parse("2026-05-02T10:00:00Z");

    private static List<InstrumentScore> client(String client, double before, double after, Boolean higherIsBetter) {
        // the "after" answers were typed in before the "before" ones
        return List.of(
                new InstrumentScore(client, "kykyviisari", "work-ability", "2026-04-20", after, higherIsBetter,
                        TYPED_IN_FIRST),
                new InstrumentScore(client, "kykyviisari", "work-ability", "2025-10-01", before, higherIsBetter,
                        TYPED_IN_LATER));
    }

    private static ScaleChange workAbility(List<InstrumentScore> scores) {
        return AssessmentReport.changes(scores).get(0);
    }

    @Test
    void theChangeRunsFromTheEarliestDayMeasuredToTheLatestWhicheverWasTypedInFirst() {
        List<InstrumentScore> scores = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            scores.addAll(client("c" + i, 4, 7, true));
        }
        ScaleChange change = workAbility(scores);
        assertThat(change.meanFirst()).isEqualTo(4.0);
        assertThat(change.meanLatest()).isEqualTo(7.0);
        assertThat(change.meanChange()).isEqualTo(3.0);
    }

    @Test
    void eachClientIsCountedAsImprovedUnchangedOrWorseWithTheScalesDirection() {
        List<InstrumentScore> scores = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            scores.addAll(client("better" + i, 4, 6, true));
        }
        for (int i = 0; i < 5; i++) {
            scores.addAll(client("same" + i, 5, 5, true));
        }
        for (int i = 0; i < 5; i++) {
            scores.addAll(client("worse" + i, 6, 5, true));
        }
        ScaleChange change = workAbility(scores);
        assertThat(change.higherIsBetter()).isTrue();
        assertThat(change.clients().value()).isEqualTo(16);
        assertThat(change.improvement().rows()).extracting(r -> r.key() + "=" + r.count().display())
                .containsExactly("IMPROVED=6", "UNCHANGED=5", "WORSE=5");
    }

    @Test
    void whereLowerIsBetterAFallIsAnImprovementAndWithoutADirectionNothingIsJudged() {
        List<InstrumentScore> lowerIsBetter = new ArrayList<>();
        List<InstrumentScore> noDirection = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lowerIsBetter.addAll(client("c" + i, 4, 2, false));
            noDirection.addAll(client("c" + i, 4, 2, null));
        }
        assertThat(workAbility(lowerIsBetter).improvement().rows()).extracting(r -> r.key() + "=" + r.count().display())
                .containsExactly("IMPROVED=5", "UNCHANGED=0", "WORSE=0");
        ScaleChange unjudged = workAbility(noDirection);
        assertThat(unjudged.higherIsBetter()).isNull();
        assertThat(unjudged.improvement()).isNull();
        assertThat(unjudged.clients().value()).isEqualTo(5);
    }

    @Test
    void smallGroupsOfImprovedUnchangedOrWorseAreWithheld() {
        List<InstrumentScore> scores = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            scores.addAll(client("better" + i, 4, 6, true));
        }
        scores.addAll(client("worse", 6, 5, true));
        assertThat(workAbility(scores).improvement().rows()).extracting(r -> r.key() + "=" + r.count().display())
                .containsExactly("IMPROVED=..", "UNCHANGED=0", "WORSE=<5");
    }
}
