package fi.polku.coaching.messaging;

import java.util.UUID;

/**
 * The part of assessment's {@code CoachingReferralIssued} this service uses; the reason only in version 1 (since
 * version 2 the recommendation's justification stays in assessment's support plan).
 */
public record CoachingReferralIssued(UUID clientId, UUID referralId, UUID assessmentId, String providerOrganisation,
        String reason) {
}
