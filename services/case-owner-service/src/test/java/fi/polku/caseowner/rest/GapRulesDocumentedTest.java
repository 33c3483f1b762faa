package fi.polku.caseowner.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import fi.polku.platform.gaps.GapRule;

/** listGaps documents every rule the gap watch applies: all of the shared vocabulary but the flow report's own. */
class GapRulesDocumentedTest {

    @Test
    void theListGapsDescriptionNamesEveryRuleOfTheGapWatch() {
        Arrays.stream(GapRule.values()).filter(rule -> rule != GapRule.ASSESSMENT_NOT_ATTENDED)
                .forEach(rule -> assertThat(GapResource.RULES).as("listGaps names " + rule)
                        .containsPattern("\\b" + rule.name() + "\\b"));
        assertThat(GapResource.RULES).doesNotContain(GapRule.ASSESSMENT_NOT_ATTENDED.name());
    }
}
