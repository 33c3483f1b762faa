package fi.polku.coaching.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.FeeType;

public record OutcomeView(EpisodeView episode,
        @Schema(nullable = true, description = "The fee the outcome earned under the contract; null when it earns"
                + " none") FeeType feeType,
        @Schema(nullable = true, description = "Euros; null when the outcome earns no fee") BigDecimal feeAmount) {
}
