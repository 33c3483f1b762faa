package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.intake.domain.ReferralChannel;
import fi.polku.intake.domain.ReferringParty;

/** Data of {@code ReferralReceived}; the referring party is SELF_REFERRAL when the client came on their own. */
public record ReferralReceived(UUID clientId, UUID referralId, ReferralChannel channel, ReferringParty referringParty,
        String referrerOrganisation, OffsetDateTime receivedAt) {
}
