package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.caseowner.domain.ReferredService;
import fi.polku.caseowner.service.ReferralStates;

/** The part of assessment's {@code AssessmentReferralStatusChanged} this service uses. */
public record AssessmentReferralStatusChanged(UUID referralId, UUID clientId, UUID teamId, String status,
        String reasonCode, LocalDate answerDueBy, OffsetDateTime changedAt) {

    public ReferralStates.Move move() {
        return new ReferralStates.Move(ReferredService.ASSESSMENT, referralId, clientId, teamId.toString(), status,
                reasonCode, answerDueBy, changedAt);
    }
}
