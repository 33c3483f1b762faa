package fi.polku.coaching.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.FeeType;
import fi.polku.coaching.domain.Outcome;

@Schema(description = "Fees earned in a period, per fee type and per client, for the ELY centre's invoicing check")
public record FeeReportView(UUID providerId, LocalDate from, LocalDate to, BigDecimal total,
        Map<FeeType, TypeTotal> byType, List<ClientFees> byClient) {

    public record TypeTotal(long count, BigDecimal amount) {
    }

    public record ClientFees(UUID clientId, BigDecimal total, List<FeeLine> fees) {
    }

    public record FeeLine(UUID episodeId, FeeType feeType, BigDecimal amount, Outcome outcome,
            OffsetDateTime earnedAt) {
    }
}
