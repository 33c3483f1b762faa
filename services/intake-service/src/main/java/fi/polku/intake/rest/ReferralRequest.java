package fi.polku.intake.rest;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.ReferralChannel;
import fi.polku.intake.domain.ReferringParty;
import fi.polku.intake.service.ReferralService;

public record ReferralRequest(
        @NotNull ReferralChannel channel,
        @Schema(description = "Who referred the client. Conditional: with channel SELF_CONTACT it must be absent "
                + "or SELF_REFERRAL (the default); with any other channel it is required and not SELF_REFERRAL.",
                nullable = true)
        ReferringParty referringParty,
        @Schema(description = "The referrer's organisation identifier: " + OrganisationSchema.RULE,
                pattern = OrganisationSchema.PATTERN, nullable = true, examples = "2345678-0")
        @Size(max = 100) @OrganisationId String referrerOrganisation,
        @Valid ReferrerContact referrerContact,
        @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "When the referral arrived; defaults to now; not in the future",
                nullable = true)
        OffsetDateTime receivedAt) {
    ReferralService.NewReferral referral() {
        return new ReferralService.NewReferral(channel, referringParty, referrerOrganisation,
                referrerContact == null ? null : referrerContact.contact(), reason, receivedAt);
    }
}
