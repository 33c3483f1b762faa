package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The part of coaching's {@code CoachingReferralStatusChanged} this service uses. */
public record CoachingReferralStatusChanged(UUID referralId, UUID clientId, String providerOrganisation,
        String status, OffsetDateTime changedAt) {
}
