package fi.polku.coaching.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ReferralCancellation(
        @Schema(description = "Free text; kept in this service only, never in an event") @Size(max = 2000)
        String note) {
}
