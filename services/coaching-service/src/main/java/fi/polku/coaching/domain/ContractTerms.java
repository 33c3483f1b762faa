package fi.polku.coaching.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** The ELY centre's contract a provider is procured under; null outcome sets take the defaults. */
public record ContractTerms(String elyCentre, LocalDate validFrom, LocalDate validUntil, BigDecimal startFee,
        BigDecimal guidanceFee, BigDecimal resultFee, Set<Outcome> guidanceOutcomes, Set<Outcome> resultOutcomes) {
}
