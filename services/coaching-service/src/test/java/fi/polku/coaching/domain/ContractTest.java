package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.polku.coaching.domain.Contract.FeeDecision;

/**
 * 003 §6: "aloituspalkkio; ohjauspalkkio (sairausloma, eläke, työkokeilu...); tulospalkkio (työllistyminen avoimille
 * markkinoille)". "Eri palkkio-osuiden ehdot täyttyvät palveluntuottajan ja ELY-keskuksen välisen sopimuksen
 * mukaisesti huomioiden myös asiakkaan etenemisen vaiheet."
 */
class ContractTest {

    private static final Set<FeeType> NONE = EnumSet.noneOf(FeeType.class);
    private static final LocalDate IN_PERIOD = LocalDate.of(2025, 6, 2);

    private final Contract contract = new Contract(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
            new BigDecimal("300.00"), new BigDecimal("500.00"), new BigDecimal("1500.00"),
            EnumSet.of(Outcome.WORK_TRIAL, Outcome.SICK_LEAVE, Outcome.PENSION, Outcome.STUDIES),
            EnumSet.of(Outcome.PAID_WORK));

    @Test
    void startFeeWithinThePeriodOncePerClientAndContract() {
        assertThat(contract.startFee(IN_PERIOD, NONE).fee())
                .contains(new Contract.EarnedFee(FeeType.START, new BigDecimal("300.00")));
        assertThat(contract.startFee(LocalDate.of(2026, 1, 1), NONE).decision())
                .isEqualTo(FeeDecision.OUTSIDE_CONTRACT_PERIOD);
        assertThat(contract.startFee(IN_PERIOD, EnumSet.of(FeeType.START)).decision())
                .isEqualTo(FeeDecision.ALREADY_EARNED_FOR_CLIENT_AND_CONTRACT);
    }

    @Test
    void theResultFeeNeedsEmploymentInTheOpenLabourMarketBackedByAJob() {
        assertThat(contract.outcomeFee(Outcome.PAID_WORK, IN_PERIOD, true, NONE).fee())
                .contains(new Contract.EarnedFee(FeeType.RESULT, new BigDecimal("1500.00")));
        assertThat(contract.outcomeFee(Outcome.PAID_WORK, IN_PERIOD, false, NONE).decision())
                .isEqualTo(FeeDecision.NOT_EARNED_BY_OUTCOME);
    }

    @Test
    void guidanceOutcomesEarnTheGuidanceFeeOthersNothing() {
        for (Outcome guidance : EnumSet.of(Outcome.WORK_TRIAL, Outcome.SICK_LEAVE, Outcome.PENSION, Outcome.STUDIES)) {
            assertThat(contract.outcomeFee(guidance, IN_PERIOD, false, NONE).fee())
                    .contains(new Contract.EarnedFee(FeeType.GUIDANCE, new BigDecimal("500.00")));
        }
        assertThat(contract.outcomeFee(Outcome.TE_SERVICES, IN_PERIOD, false, NONE).decision())
                .isEqualTo(FeeDecision.NOT_EARNED_BY_OUTCOME);
    }

    @Test
    void aSecondOutcomeOfTheSameFeeTypeEarnsNothingMore() {
        assertThat(contract.outcomeFee(Outcome.STUDIES, IN_PERIOD, false, EnumSet.of(FeeType.START, FeeType.GUIDANCE))
                .decision()).isEqualTo(FeeDecision.ALREADY_EARNED_FOR_CLIENT_AND_CONTRACT);
        assertThat(contract.outcomeFee(Outcome.PAID_WORK, IN_PERIOD, true, EnumSet.of(FeeType.START, FeeType.GUIDANCE))
                .fee().orElseThrow().type()).isEqualTo(FeeType.RESULT);
        assertThat(contract.outcomeFee(Outcome.PAID_WORK, IN_PERIOD, true, EnumSet.allOf(FeeType.class)).decision())
                .isEqualTo(FeeDecision.ALREADY_EARNED_FOR_CLIENT_AND_CONTRACT);
    }

    @Test
    void noFeeOutsideTheContractPeriod() {
        assertThat(contract.outcomeFee(Outcome.PAID_WORK, LocalDate.of(2024, 12, 31), true, NONE).decision())
                .isEqualTo(FeeDecision.OUTSIDE_CONTRACT_PERIOD);
    }

    @Test
    void theResultFeeWinsWhenAnOutcomeIsListedForBothAndAJobBacksIt() {
        Contract both = new Contract(contract.from(), contract.until(), contract.startFee(), contract.guidanceFee(),
                contract.resultFee(), EnumSet.of(Outcome.PAY_SUBSIDISED_WORK), EnumSet.of(Outcome.PAY_SUBSIDISED_WORK));
        assertThat(both.outcomeFee(Outcome.PAY_SUBSIDISED_WORK, IN_PERIOD, true, NONE).fee().orElseThrow().type())
                .isEqualTo(FeeType.RESULT);
        assertThat(both.outcomeFee(Outcome.PAY_SUBSIDISED_WORK, IN_PERIOD, false, NONE).fee().orElseThrow().type())
                .isEqualTo(FeeType.GUIDANCE);
    }
}
