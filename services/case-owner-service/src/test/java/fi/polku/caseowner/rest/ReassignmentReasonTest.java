package fi.polku.caseowner.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import fi.polku.caseowner.domain.CaseOwnerChangeReason;

/** A person reassigning chooses among exactly the by-hand reasons; the service's own are not theirs to give. */
class ReassignmentReasonTest {

    @Test
    void theRequestsReasonsAreTheByHandCodesOfTheEventAndNoneIsLeftOutEitherWay() {
        assertThat(Arrays.stream(ReassignmentReason.values()).map(ReassignmentReason::orOther))
                .allMatch(CaseOwnerChangeReason::byHand)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(CaseOwnerChangeReason.values())
                        .filter(CaseOwnerChangeReason::byHand).toList());
        assertThat(ReassignmentReason.orOther(null)).isEqualTo(CaseOwnerChangeReason.OTHER);
    }
}
