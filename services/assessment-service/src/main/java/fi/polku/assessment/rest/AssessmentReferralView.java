package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.AssessmentDeclineReason;
import fi.polku.assessment.domain.AssessmentReferral;
import fi.polku.assessment.domain.AssessmentReferralStatus;
import fi.polku.assessment.domain.AssessmentReferralStatusChange;

@Schema(description = "A case owner's referral to a work-ability team, with its history (a handful of moves, so it "
        + "comes whole)")
public record AssessmentReferralView(
        UUID id,
        UUID clientId,
        UUID teamId,
        String reason,
        AssessmentReferralStatus status,
        @Schema(nullable = true, description = "Why the team declined; null otherwise")
        AssessmentDeclineReason reasonCode,
        @Schema(nullable = true, description = "The assessment scheduled when the team accepted; null before")
        UUID assessmentId,
        @Schema(description = "The sender's user id (token subject)") String sentBy,
        @Schema(nullable = true, description = "The sender's organisation (the token's org)") String senderOrganisation,
        OffsetDateTime requestedAt,
        @Schema(description = "The team answers by this day (polku.referrals.answer-working-days Finnish working "
                + "days); one still REQUESTED after it is a gap in the case owner's gap watch") LocalDate answerDueBy,
        OffsetDateTime statusChangedAt,
        @Schema(description = "Every move, oldest first; never rewritten") List<ReferralStatusChangeView> history,
        long version) {

    @Schema(description = "One move of the referral: to which status, why, by whom, when")
    public record ReferralStatusChangeView(AssessmentReferralStatus status,
            @Schema(nullable = true) AssessmentDeclineReason reasonCode,
            @Schema(nullable = true, description = "The free text of who moved it, e.g. for a decline of reason OTHER")
            String note,
            @Schema(description = "The user (token subject) who moved it, e.g. the team member who started the "
                    + "assessment") String changedBy,
            @Schema(nullable = true, description = "The user's organisation (the token's org)")
            String changedByOrganisation,
            OffsetDateTime changedAt) {

        static ReferralStatusChangeView of(AssessmentReferralStatusChange change) {
            return new ReferralStatusChangeView(change.status, change.reasonCode, change.note, change.changedBy,
                    change.changedByOrganisation, change.changedAt);
        }
    }

    public static AssessmentReferralView of(AssessmentReferral referral, List<AssessmentReferralStatusChange> history) {
        return new AssessmentReferralView(referral.id, referral.clientId, referral.teamId, referral.reason,
                referral.status, referral.reasonCode, referral.assessmentId, referral.sentBy,
                referral.senderOrganisation, referral.requestedAt, referral.answerDueBy, referral.statusChangedAt,
                history.stream().map(ReferralStatusChangeView::of).toList(), referral.version);
    }
}
