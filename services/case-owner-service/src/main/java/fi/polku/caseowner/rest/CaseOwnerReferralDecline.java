package fi.polku.caseowner.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.ReturnDeclineReason;

public record CaseOwnerReferralDecline(
        @Schema(description = "Why the receiver declines; the code goes into the event") @NotNull
        ReturnDeclineReason reasonCode,
        @Schema(nullable = true, description = "Free text, required for OTHER; kept in this service only, never in an "
                + "event") @Size(max = 2000) String note) {
}
