package fi.polku.assessment.domain;

import static fi.polku.assessment.domain.Profession.PHYSICIAN;
import static fi.polku.assessment.domain.Profession.PSYCHOLOGIST;
import static fi.polku.assessment.domain.Profession.SOCIAL_WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import fi.polku.platform.problem.ProblemException;

class ConclusionRulesTest {

    @Test
    void twoProfessionsThatEvaluatedTheClientMayConclude() {
        assertThatCode(() -> ConclusionRules.requireMultiProfessional(List.of(PHYSICIAN, SOCIAL_WORKER),
                List.of(SOCIAL_WORKER, PHYSICIAN, PSYCHOLOGIST))).doesNotThrowAnyException();
    }

    @Test
    void oneProfessionAloneIsRejectedEvenWhenNamedTwice() {
        assertThatThrownBy(() -> ConclusionRules.requireMultiProfessional(List.of(PHYSICIAN, PHYSICIAN),
                List.of(PHYSICIAN)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("at least 2 different professions");
    }

    @Test
    void aProfessionWithoutItsOwnEvaluationCannotAgree() {
        assertThatThrownBy(() -> ConclusionRules.requireMultiProfessional(List.of(PHYSICIAN, PSYCHOLOGIST),
                List.of(PHYSICIAN)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.toProblem(null).violations())
                        .singleElement().satisfies(v -> assertThat(v.message()).startsWith("PSYCHOLOGIST")));
    }
}
