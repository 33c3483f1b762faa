package fi.polku.intake.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.Referral;
import fi.polku.intake.domain.ReferralChannel;
import fi.polku.intake.domain.ReferringParty;

public record ReferralView(UUID id, UUID clientId, ReferralChannel channel, ReferringParty referringParty,
        @Schema(nullable = true) String referrerOrganisation,
        ReferrerContact referrerContact,
        String reason, OffsetDateTime receivedAt,
        String recordedBy, OffsetDateTime recordedAt) {

    public static ReferralView of(Referral referral) {
        ReferrerContact contact = referral.referrerContactName == null && referral.referrerContactPhone == null
                && referral.referrerContactEmail == null ? null
                        : new ReferrerContact(referral.referrerContactName, referral.referrerContactPhone,
                                referral.referrerContactEmail);
        return new ReferralView(referral.id, referral.clientId, referral.channel, referral.referringParty,
                referral.referrerOrganisation, contact, referral.reason, referral.receivedAt, referral.recordedBy,
                referral.recordedAt);
    }
}
