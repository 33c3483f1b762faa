package fi.polku.coaching.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.FeeType;

public record OutcomeView(EpisodeView episode,
        @Schema(description = "The fee the outcome earned under the contract; null when it earns none")
        FeeType feeType, BigDecimal feeAmount) {
}
