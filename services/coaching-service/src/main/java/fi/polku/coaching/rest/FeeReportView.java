package fi.polku.coaching.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.Fee;
import fi.polku.coaching.domain.FeeTotals;
import fi.polku.coaching.domain.FeeType;
import fi.polku.coaching.domain.Outcome;

@Schema(description = "The fees a provider earned in a period, in total and per fee type, for the ELY centre's"
        + " invoicing check; the fees one by one are the provider's fee lines")
public record FeeReportView(UUID providerId, LocalDate from, LocalDate to,
        @Schema(description = "How many fees were earned") long count,
        @Schema(description = "Euros earned in the period") BigDecimal total,
        @Schema(description = "Every fee type (START, GUIDANCE, RESULT) with its count and euros")
        Map<FeeType, TypeTotal> byType) {

    @Schema(name = "FeeTypeTotal")
    public record TypeTotal(long count, BigDecimal amount) {
    }

    public static FeeReportView of(FeeTotals totals) {
        Map<FeeType, TypeTotal> byType = new EnumMap<>(FeeType.class);
        totals.byType().forEach((type, t) -> byType.put(type, new TypeTotal(t.count(), t.amount())));
        return new FeeReportView(totals.providerId(), totals.from(), totals.to(), totals.count(), totals.total(),
                byType);
    }

    @Schema(name = "FeeLine", description = "One fee earned: its client and episode, type, euros and its basis: the"
            + " contract it is earned under (each fee type once per client and contract), and the outcome and job that"
            + " earned it (a start fee rests on the start of coaching)")
    public record FeeLine(UUID id, UUID clientId, UUID episodeId, FeeType feeType, BigDecimal amount,
            @Schema(nullable = true, description = "Null for the start fee") Outcome outcome,
            @Schema(nullable = true, description = "The recorded outcome that earned the fee; null for the start fee")
            UUID outcomeId,
            @Schema(nullable = true, description = "When the outcome happened; null for the start fee")
            LocalDate outcomeDate,
            @Schema(nullable = true, description = "The job the outcome rests on; a result fee always names the job of"
                    + " kind EMPLOYMENT in the open labour market") UUID jobId,
            @Schema(nullable = true, description = "The start of the contract the fee is earned under; null only for a"
                    + " fee earned twice before the once-per-client-and-contract rule") LocalDate contractFrom,
            OffsetDateTime earnedAt) {

        public static FeeLine of(Fee f) {
            return new FeeLine(f.id, f.clientId, f.episodeId, f.type, f.amount, f.outcome, f.outcomeId,
                    f.outcomeDate, f.jobId, f.contractFrom, f.earnedAt);
        }
    }
}
