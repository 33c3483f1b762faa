package fi.polku.coaching.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.Contract;
import fi.polku.coaching.domain.EpisodeOutcome;
import fi.polku.coaching.domain.Fee;
import fi.polku.coaching.domain.FeeType;
import fi.polku.coaching.domain.Outcome;

@Schema(description = "An outcome in the life of a coaching episode, with its fee consequence; the episode stays"
        + " open")
public record OutcomeView(UUID id, UUID episodeId, Outcome outcome, LocalDate date,
        @Schema(nullable = true, description = "The job or work trial the outcome rests on") UUID jobId,
        @Schema(nullable = true) Integer satisfaction,
        String recordedBy,
        OffsetDateTime recordedAt,
        @Schema(nullable = true, description = "The fee's consequence when the outcome was recorded: EARNED,"
                + " ALREADY_EARNED_FOR_CLIENT_AND_CONTRACT (each fee type is earned once per client and contract),"
                + " NOT_EARNED_BY_OUTCOME or OUTSIDE_CONTRACT_PERIOD; null when the outcome is read later",
                implementation = String.class)
        Contract.FeeDecision feeDecision,
        @Schema(nullable = true, description = "The fee the outcome earned; null when none",
                implementation = String.class) FeeType feeType,
        @Schema(nullable = true, description = "Euros; null when the outcome earned no fee") BigDecimal feeAmount) {

    public static OutcomeView of(EpisodeOutcome outcome) {
        return new OutcomeView(outcome.id, outcome.episodeId, outcome.outcome, outcome.date, outcome.jobId,
                outcome.satisfaction, outcome.recordedBy, outcome.createdAt, null, null, null);
    }

    public static OutcomeView recorded(EpisodeOutcome outcome, Contract.FeeDecision decision, Fee fee) {
        return new OutcomeView(outcome.id, outcome.episodeId, outcome.outcome, outcome.date, outcome.jobId,
                outcome.satisfaction, outcome.recordedBy, outcome.createdAt, decision,
                fee == null ? null : fee.type, fee == null ? null : fee.amount);
    }
}
