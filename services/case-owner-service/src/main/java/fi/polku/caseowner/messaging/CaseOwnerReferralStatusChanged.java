package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A job coach's referral of a client back to the case owner moved; ids, codes and dates only (the coach's words and
 * the notes stay in this service).
 */
public record CaseOwnerReferralStatusChanged(UUID referralId, UUID clientId, UUID episodeId,
        String providerOrganisation, String sentBy, String reasonCode, String status, String declineReasonCode,
        LocalDate answerDueBy, OffsetDateTime changedAt) {
}
