package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class ContractTest {

    private final Contract contract = new Contract(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
            new BigDecimal("300.00"), new BigDecimal("500.00"), new BigDecimal("1500.00"),
            EnumSet.of(Outcome.WORK_TRIAL, Outcome.SICK_LEAVE, Outcome.PENSION, Outcome.STUDIES),
            EnumSet.of(Outcome.PAID_WORK));

    private static final LocalDate IN_PERIOD = LocalDate.of(2025, 6, 2);

    @Test
    void startFeeWithinThePeriod() {
        assertThat(contract.startFee(IN_PERIOD)).contains(new Contract.EarnedFee(FeeType.START, new BigDecimal("300.00")));
        assertThat(contract.startFee(LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void eachOutcomeEarnsTheFeeTheContractNames() {
        assertThat(contract.outcomeFee(Outcome.PAID_WORK, IN_PERIOD))
                .contains(new Contract.EarnedFee(FeeType.RESULT, new BigDecimal("1500.00")));
        for (Outcome guidance : EnumSet.of(Outcome.WORK_TRIAL, Outcome.SICK_LEAVE, Outcome.PENSION, Outcome.STUDIES)) {
            assertThat(contract.outcomeFee(guidance, IN_PERIOD))
                    .contains(new Contract.EarnedFee(FeeType.GUIDANCE, new BigDecimal("500.00")));
        }
        assertThat(contract.outcomeFee(Outcome.DISCONTINUED_BY_CLIENT, IN_PERIOD)).isEmpty();
        assertThat(contract.outcomeFee(Outcome.TE_SERVICES, IN_PERIOD)).isEmpty();
    }

    @Test
    void noFeeOutsideTheContractPeriod() {
        assertThat(contract.outcomeFee(Outcome.PAID_WORK, LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void theResultFeeWinsWhenAnOutcomeIsListedForBoth() {
        Contract both = new Contract(contract.from(), contract.until(), contract.startFee(), contract.guidanceFee(),
                contract.resultFee(), EnumSet.of(Outcome.PAY_SUBSIDISED_WORK), EnumSet.of(Outcome.PAY_SUBSIDISED_WORK));
        assertThat(both.outcomeFee(Outcome.PAY_SUBSIDISED_WORK, IN_PERIOD).orElseThrow().type()).isEqualTo(FeeType.RESULT);
    }
}
