package fi.polku.coaching.messaging;

import java.util.UUID;

/** The part of assessment's {@code CoachingReferralIssued} this service uses. */
public record CoachingReferralIssued(UUID clientId, UUID referralId, UUID assessmentId, String providerOrganisation,
        String reason) {
}
