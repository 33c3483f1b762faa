package fi.polku.coaching.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A provider's contract with the ELY centre: its period, the three fee amounts and which outcomes earn the guidance
 * fee and which the result fee (003 §6: "aloituspalkkio; ohjauspalkkio (sairausloma, eläke, työkokeilu...);
 * tulospalkkio (työllistyminen avoimille markkinoille)"; "Eri palkkio-osuiden ehdot täyttyvät palveluntuottajan ja
 * ELY-keskuksen välisen sopimuksen mukaisesti huomioiden myös asiakkaan etenemisen vaiheet").
 *
 * <p>The rules: a fee is earned only by what happens within the contract period; each fee type is earned at most
 * once per client and contract (a second episode or a second outcome earns no second start, guidance or result
 * fee); the result fee needs employment in the open labour market backed by a recorded job of kind paid work
 * (EMPLOYMENT) in the open labour market, otherwise a result outcome earns the guidance fee if the contract lists
 * it there, or nothing.
 */
public record Contract(LocalDate from, LocalDate until, BigDecimal startFee, BigDecimal guidanceFee,
        BigDecimal resultFee, Set<Outcome> guidanceOutcomes, Set<Outcome> resultOutcomes) {

    /** What an act earns under the contract, and why. */
    public enum FeeDecision {
        EARNED,
        /** The client already earned this fee type under this contract. */
        ALREADY_EARNED_FOR_CLIENT_AND_CONTRACT,
        /** The contract lists the outcome for no fee (or the result outcome has no open-market job behind it). */
        NOT_EARNED_BY_OUTCOME,
        OUTSIDE_CONTRACT_PERIOD
    }

    public record FeeOutcome(FeeDecision decision, Optional<EarnedFee> fee) {

        static FeeOutcome earned(FeeType type, BigDecimal amount) {
            return new FeeOutcome(FeeDecision.EARNED, Optional.of(new EarnedFee(type, amount)));
        }

        static FeeOutcome none(FeeDecision decision) {
            return new FeeOutcome(decision, Optional.empty());
        }
    }

    public record EarnedFee(FeeType type, BigDecimal amount) {
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }

    /** @param earned the fee types the client already earned under this contract */
    public FeeOutcome startFee(LocalDate startedOn, Set<FeeType> earned) {
        if (!covers(startedOn)) {
            return FeeOutcome.none(FeeDecision.OUTSIDE_CONTRACT_PERIOD);
        }
        return earned.contains(FeeType.START) ? FeeOutcome.none(FeeDecision.ALREADY_EARNED_FOR_CLIENT_AND_CONTRACT)
                : FeeOutcome.earned(FeeType.START, startFee);
    }

    /**
     * @param openMarketJob whether a recorded job of kind paid work in the open labour market backs the outcome
     * @param earned the fee types the client already earned under this contract
     */
    public FeeOutcome outcomeFee(Outcome outcome, LocalDate on, boolean openMarketJob, Set<FeeType> earned) {
        if (!covers(on)) {
            return FeeOutcome.none(FeeDecision.OUTSIDE_CONTRACT_PERIOD);
        }
        Optional<FeeType> type = resultOutcomes.contains(outcome) && openMarketJob ? Optional.of(FeeType.RESULT)
                : guidanceOutcomes.contains(outcome) ? Optional.of(FeeType.GUIDANCE) : Optional.empty();
        if (type.isEmpty()) {
            return FeeOutcome.none(FeeDecision.NOT_EARNED_BY_OUTCOME);
        }
        if (earned.contains(type.get())) {
            return FeeOutcome.none(FeeDecision.ALREADY_EARNED_FOR_CLIENT_AND_CONTRACT);
        }
        return FeeOutcome.earned(type.get(), type.get() == FeeType.RESULT ? resultFee : guidanceFee);
    }
}
