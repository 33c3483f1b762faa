package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.caseowner.domain.ReferredService;
import fi.polku.caseowner.service.ReferralStates;

/** The part of coaching's {@code CoachingReferralStatusChanged} this service uses. */
public record CoachingReferralStatusChanged(UUID referralId, UUID clientId, String providerOrganisation,
        String status, String reasonCode, LocalDate answerDueBy, OffsetDateTime changedAt) {

    public ReferralStates.Move move() {
        return new ReferralStates.Move(ReferredService.COACHING, referralId, clientId, providerOrganisation, status,
                reasonCode, answerDueBy, changedAt);
    }
}
