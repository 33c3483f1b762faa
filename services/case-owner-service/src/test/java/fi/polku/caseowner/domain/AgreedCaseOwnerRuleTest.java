package fi.polku.caseowner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The work-ability support survey ends, among its results, with "asiakasvastaavasta sopiminen" (004, the service
 * map: "TYÖKYVYN TUEN KARTOITUS: työkykyarvio, työkyvyn tuen suunnitelma, jatko-ohjaus ja neuvonta,
 * asiakasvastaavasta sopiminen"): the case owner agreed there becomes the case owner, unless a person decided
 * otherwise since.
 */
class AgreedCaseOwnerRuleTest {

    private static Professional professional(boolean active) {
        Professional professional = new Professional();
        professional.id = UUID.randomUUID();
        professional.active = active;
        return professional;
    }

    @Test
    void theAgreedActiveProfessionalBecomesTheCaseOwnerWithTheAgreementAsReason() {
        var decision = AgreedCaseOwnerRule.decide(professional(true), true, UUID.randomUUID(), false);
        assertThat(decision.outcome()).isEqualTo(AgreementOutcome.APPLIED);
        assertThat(decision.reason()).isEqualTo("agreed in the work-ability assessment");
        assertThat(AgreedCaseOwnerRule.decide(professional(true), true, null, false).outcome())
                .isEqualTo(AgreementOutcome.APPLIED);
    }

    @Test
    void aCaseOwnerSetByHandSinceTheAgreementWins() {
        var decision = AgreedCaseOwnerRule.decide(professional(true), true, UUID.randomUUID(), true);
        assertThat(decision.outcome()).isEqualTo(AgreementOutcome.NOT_APPLIED);
        assertThat(decision.reason()).contains("set by hand");
    }

    @Test
    void aPersonNotInTheRegisterOrInactiveGoesToTheCoordinator() {
        assertThat(AgreedCaseOwnerRule.decide(null, true, null, false))
                .satisfies(d -> {
                    assertThat(d.outcome()).isEqualTo(AgreementOutcome.NOT_APPLIED);
                    assertThat(d.reason()).contains("not a professional");
                });
        assertThat(AgreedCaseOwnerRule.decide(professional(false), true, null, false))
                .satisfies(d -> {
                    assertThat(d.outcome()).isEqualTo(AgreementOutcome.NOT_APPLIED);
                    assertThat(d.reason()).contains("inactive");
                });
    }

    @Test
    void aClosedClientshipIsNotReopenedByAnAgreement() {
        assertThat(AgreedCaseOwnerRule.decide(professional(true), false, null, false).outcome())
                .isEqualTo(AgreementOutcome.NOT_APPLIED);
    }

    @Test
    void theAgreedOwnerWhoAlreadyOwnsTheClientshipChangesNothing() {
        Professional owner = professional(true);
        assertThat(AgreedCaseOwnerRule.decide(owner, true, owner.id, false).outcome())
                .isEqualTo(AgreementOutcome.ALREADY_OWNER);
    }
}
