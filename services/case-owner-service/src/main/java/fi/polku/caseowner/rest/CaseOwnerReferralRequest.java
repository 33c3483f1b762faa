package fi.polku.caseowner.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.ReturnReason;

public record CaseOwnerReferralRequest(
        @Schema(description = "The coaching episode of the caller's provider whose client is referred back; the basis"
                + " of the referral") @NotNull UUID episodeId,
        @Schema(description = "Why the client goes back to the case owner; the code goes into the event")
        @NotNull ReturnReason reasonCode,
        @Schema(nullable = true, description = "The coach's words, required for OTHER; kept in this service, never in"
                + " an event") @Size(max = 4000) String reason) {
}
