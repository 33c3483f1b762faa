package fi.polku.caseowner.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CaseOwnerReferralNote(
        @Schema(nullable = true, description = "The words of who moves the referral; kept in this service only, never"
                + " in an event") @Size(max = 2000) String note) {
}
