package fi.polku.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.polku.assessment.domain.instrument.Improvement;
import fi.polku.assessment.domain.instrument.InstrumentDefinition;
import fi.polku.assessment.domain.instrument.InstrumentKind;
import fi.polku.assessment.domain.instrument.ScaleTrend;
import fi.polku.assessment.domain.instrument.Trends;
import fi.polku.assessment.domain.instrument.Trends.TimePointScores;
import fi.polku.assessment.service.InstrumentCatalogue;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;

class InstrumentsTest {

    private static final List<String> BUNDLED = List.of("instruments/kykyviisari.v1.json",
            "instruments/professional-observation.v1.json");

    private static InstrumentCatalogue catalogue(Optional<Path> directory) {
        return InstrumentCatalogue.load(new ObjectMapper(), BUNDLED, directory);
    }

    private static Map<String, BigDecimal> kykyviisari(double social, double mental, double everyday,
            double cognitive, double physical, int workAbility) {
        Map<String, BigDecimal> answers = new HashMap<>();
        answers.put("social-inclusion", BigDecimal.valueOf(social));
        answers.put("mental-resources", BigDecimal.valueOf(mental));
        answers.put("everyday-activities", BigDecimal.valueOf(everyday));
        answers.put("cognitive-skills", BigDecimal.valueOf(cognitive));
        answers.put("physical-functioning", BigDecimal.valueOf(physical));
        answers.put("work-ability", BigDecimal.valueOf(workAbility));
        return answers;
    }

    private static List<Violation> violations(Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            assertThat(e.status()).isEqualTo(400);
            return e.toProblem(null).violations();
        }
        throw new AssertionError("expected a 400");
    }

    @Test
    void theBundledKykyviisariHasTheFiveSummaryScalesAndTheOverallWorkAbilityRating() {
        InstrumentDefinition definition = catalogue(Optional.empty()).get("kykyviisari", null);
        assertThat(definition.kind()).isEqualTo(InstrumentKind.SELF_ASSESSMENT);
        assertThat(definition.scales()).extracting("id").containsExactly("social-inclusion", "mental-resources",
                "everyday-activities", "cognitive-skills", "physical-functioning", "work-ability");
        assertThat(definition.higherIsBetter("work-ability")).isTrue();
        assertThat(definition.scales().get(5).items().get(0).max()).isEqualByComparingTo("10");
    }

    @Test
    void answersAreScoredPerScale() {
        InstrumentDefinition definition = catalogue(Optional.empty()).get("kykyviisari", 1);
        Map<String, BigDecimal> scores = definition.score(kykyviisari(6.5, 5, 7, 8, 9, 6));
        assertThat(scores).containsEntry("social-inclusion", new BigDecimal("6.5"))
                .containsEntry("work-ability", new BigDecimal("6")).hasSize(6);
    }

    @Test
    void outOfRangeMissingAndUnknownItemsAreNamed() {
        InstrumentDefinition definition = catalogue(Optional.empty()).get("kykyviisari", 1);
        Map<String, BigDecimal> answers = kykyviisari(6, 5, 7, 8, 9, 11);
        answers.remove("cognitive-skills");
        answers.put("mood", BigDecimal.ONE);
        assertThat(violations(() -> definition.score(answers))).extracting("field")
                .containsExactlyInAnyOrder("answers.work-ability", "answers.cognitive-skills", "answers.mood");
        assertThat(violations(() -> definition.score(kykyviisari(6, 5, 7, 8, 9, 11)))).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("must be 0–10 (whole numbers)"));
        assertThat(violations(() -> definition.score(kykyviisari(6, 5, 7, 8, 9.25, 5)))).extracting("field")
                .containsExactly("answers.physical-functioning");
    }

    @Test
    void theTrendIsTheChangeFromTheFirstTimePointToTheLatest() {
        InstrumentDefinition definition = catalogue(Optional.empty()).get("kykyviisari", 1);
        LocalDate before = LocalDate.of(2025, 9, 1);
        LocalDate during = LocalDate.of(2025, 12, 1);
        LocalDate after = LocalDate.of(2026, 3, 1);
        List<ScaleTrend> trends = Trends.of(List.of(
                new TimePointScores(after, definition.score(kykyviisari(7.5, 6, 7, 8, 9, 7))),
                new TimePointScores(before, definition.score(kykyviisari(4, 5, 7, 8, 9.5, 4))),
                new TimePointScores(during, definition.score(kykyviisari(5, 5, 7, 8, 9, 5)))), definition);
        ScaleTrend social = trends.get(0);
        assertThat(social.scale()).isEqualTo("social-inclusion");
        assertThat(social.firstTimePoint()).isEqualTo(before);
        assertThat(social.latestTimePoint()).isEqualTo(after);
        assertThat(social.change()).isEqualByComparingTo("3.5");
        ScaleTrend workAbility = trends.get(5);
        assertThat(workAbility.change()).isEqualTo(new BigDecimal("3"));
        assertThat(workAbility.higherIsBetter()).isTrue();
        assertThat(trends.get(4).change()).isEqualByComparingTo("-0.5");
    }

    /**
     * Kykyviisari is "used before and after services to show change" (domain.md) and the pilot reports "Kykyviisari
     * arvioinnin muutokset positiivisia" (seed 004): every summary scale of the definition has a direction, and each
     * change is read with it.
     */
    @Test
    void everyKykyviisariSummaryScaleHasADirectionAndEachChangeSaysImprovedUnchangedOrWorse() {
        InstrumentDefinition definition = catalogue(Optional.empty()).get("kykyviisari", 1);
        assertThat(definition.scales()).allSatisfy(scale -> assertThat(scale.higherIsBetter()).isTrue());
        List<ScaleTrend> trends = Trends.of(List.of(
                new TimePointScores(LocalDate.of(2026, 3, 1), definition.score(kykyviisari(7.5, 5, 6, 8, 9, 7))),
                new TimePointScores(LocalDate.of(2025, 9, 1), definition.score(kykyviisari(4, 5, 7, 8, 9.5, 4)))),
                definition);
        assertThat(trends).extracting(ScaleTrend::scale, ScaleTrend::improvement).containsExactly(
                tuple("social-inclusion", Improvement.IMPROVED), tuple("mental-resources", Improvement.UNCHANGED),
                tuple("everyday-activities", Improvement.WORSE), tuple("cognitive-skills", Improvement.UNCHANGED),
                tuple("physical-functioning", Improvement.WORSE), tuple("work-ability", Improvement.IMPROVED));
    }

    @Test
    void onAScaleWhereLowerIsBetterAFallIsAnImprovementAndWithoutADirectionNothingIsJudged() {
        assertThat(Improvement.of(new BigDecimal("-1"), false)).isEqualTo(Improvement.IMPROVED);
        assertThat(Improvement.of(new BigDecimal("0.5"), false)).isEqualTo(Improvement.WORSE);
        assertThat(Improvement.of(BigDecimal.ZERO, false)).isEqualTo(Improvement.UNCHANGED);
        assertThat(Improvement.of(BigDecimal.ONE, null)).isNull();
    }

    @Test
    void aCountyAddsItsOwnFormAndNewVersionsAsDefinitionFiles(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("unified-form.json"), """
                {"id": "unified-assessment-form", "version": 1, "name": "Yhtenäinen arviointilomake (county)",
                 "kind": "PROFESSIONAL_OBSERVATION", "description": "test", "source": "county",
                 "scales": [{"id": "capacity", "label": "Capacity", "higherIsBetter": true,
                   "items": [{"id": "capacity", "label": "Capacity", "min": 1, "max": 5, "decimals": 0,
                              "required": true}]}]}""");
        Files.writeString(directory.resolve("kykyviisari-v2.json"), Files.readString(Path.of(
                "src/main/resources/instruments/kykyviisari.v1.json")).replace("\"version\": 1", "\"version\": 2"));
        InstrumentCatalogue catalogue = catalogue(Optional.of(directory));
        assertThat(catalogue.get("unified-assessment-form", null).version()).isEqualTo(1);
        assertThat(catalogue.get("kykyviisari", null).version()).isEqualTo(2);
        assertThat(catalogue.get("kykyviisari", 1).version()).isEqualTo(1);
        assertThat(catalogue.all()).hasSize(4);
    }

    @Test
    void aBrokenOrDuplicateDefinitionStopsStartUpWithTheReason(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("broken.json"), """
                {"id": "broken", "version": 1, "name": "Broken", "kind": "SELF_ASSESSMENT", "description": null,
                 "source": null, "scales": [{"id": "s", "label": "S", "higherIsBetter": null,
                   "items": [{"id": "i", "label": "I", "min": 5, "max": 1, "decimals": 0, "required": true}]}]}""");
        assertThatThrownBy(() -> catalogue(Optional.of(directory))).hasMessageContaining("broken.json")
                .hasMessageContaining("needs min < max");

        Files.delete(directory.resolve("broken.json"));
        Files.copy(Path.of("src/main/resources/instruments/kykyviisari.v1.json"), directory.resolve("copy.json"));
        assertThatThrownBy(() -> catalogue(Optional.of(directory))).hasMessageContaining("defined twice");
    }
}
