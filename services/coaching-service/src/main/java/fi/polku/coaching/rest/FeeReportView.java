package fi.polku.coaching.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    @Schema(name = "FeeLine", description = "One fee earned: its client and episode, type, euros and the outcome that"
            + " earned it")
    public record FeeLine(UUID id, UUID clientId, UUID episodeId, FeeType feeType, BigDecimal amount,
            @Schema(nullable = true, description = "Null for the start fee") Outcome outcome,
            OffsetDateTime earnedAt) {
    }
}
