package fi.polku.coaching.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A provider's contract with the ELY centre: its period, the three fee amounts and which outcomes earn the guidance
 * fee and which the result fee. A fee is earned only by what happens within the contract period.
 */
public record Contract(LocalDate from, LocalDate until, BigDecimal startFee, BigDecimal guidanceFee,
        BigDecimal resultFee, Set<Outcome> guidanceOutcomes, Set<Outcome> resultOutcomes) {

    public record EarnedFee(FeeType type, BigDecimal amount) {
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }

    public Optional<EarnedFee> startFee(LocalDate startedOn) {
        return covers(startedOn) ? Optional.of(new EarnedFee(FeeType.START, startFee)) : Optional.empty();
    }

    /** The result fee wins when an outcome is listed for both. */
    public Optional<EarnedFee> outcomeFee(Outcome outcome, LocalDate recordedOn) {
        if (!covers(recordedOn)) {
            return Optional.empty();
        }
        if (resultOutcomes.contains(outcome)) {
            return Optional.of(new EarnedFee(FeeType.RESULT, resultFee));
        }
        if (guidanceOutcomes.contains(outcome)) {
            return Optional.of(new EarnedFee(FeeType.GUIDANCE, guidanceFee));
        }
        return Optional.empty();
    }
}
