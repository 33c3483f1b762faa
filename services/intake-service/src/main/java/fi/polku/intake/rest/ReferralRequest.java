package fi.polku.intake.rest;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.ReferralChannel;
import fi.polku.intake.domain.ReferringParty;

public record ReferralRequest(
        @NotNull ReferralChannel channel,
        @Schema(description = "Who referred the client; required unless the channel is SELF_CONTACT, whose only "
                + "party is SELF_REFERRAL (the default)")
        ReferringParty referringParty,
        @Schema(description = "The referrer's organisation identifier: business ID (1234567-8) or a public body's "
                + "code", examples = "2345678-0")
        @Size(max = 100) String referrerOrganisation,
        @Valid ReferrerContact referrerContact,
        @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "When the referral arrived; defaults to now; not in the future")
        OffsetDateTime receivedAt) {
}
