package fi.polku.coaching.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.DeclineReason;

public record ReferralDecline(
        @Schema(description = "Why the provider declines; the code goes into the event") @NotNull
        DeclineReason reasonCode,
        @Schema(description = "Free text, required for OTHER; kept in this service only, never in an event")
        @Size(max = 2000) String note) {
}
