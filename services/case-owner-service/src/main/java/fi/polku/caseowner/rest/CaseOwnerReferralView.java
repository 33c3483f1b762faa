package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.CaseOwnerReferral;
import fi.polku.caseowner.domain.CaseOwnerReferralStatus;
import fi.polku.caseowner.domain.CaseOwnerReferralStatusChange;
import fi.polku.caseowner.domain.ReturnDeclineReason;
import fi.polku.caseowner.domain.ReturnReason;

@Schema(description = "A job coach's referral of a client back to the case owner, with its history (a handful of "
        + "moves, so it comes whole)")
public record CaseOwnerReferralView(
        UUID id,
        UUID clientId,
        @Schema(description = "The coaching episode it was sent from") UUID episodeId,
        ReturnReason reasonCode,
        @Schema(nullable = true, description = "The coach's words") String reason,
        CaseOwnerReferralStatus status,
        @Schema(nullable = true, description = "Why the receiver declined; null otherwise")
        ReturnDeclineReason declineReasonCode,
        @Schema(description = "The sending coach's user id (token subject)") String sentBy,
        @Schema(description = "The sending provider's business ID (the coach's token's org)")
        String senderOrganisation,
        OffsetDateTime requestedAt,
        @Schema(description = "The receiver answers by this day (polku.referrals.answer-working-days Finnish working "
                + "days); one still REQUESTED after it is a gap in the gap watch") LocalDate answerDueBy,
        OffsetDateTime statusChangedAt,
        @Schema(description = "Every move, oldest first; never rewritten") List<StatusChangeView> history,
        long version) {

    @Schema(name = "CaseOwnerReferralStatusChange", description = "One move of the referral: to which status, why, "
            + "by whom, when")
    public record StatusChangeView(CaseOwnerReferralStatus status,
            @Schema(nullable = true) ReturnDeclineReason declineReasonCode,
            @Schema(nullable = true, description = "The words of who moved it") String note,
            @Schema(description = "The user (token subject) who moved it") String changedBy,
            @Schema(nullable = true, description = "The user's organisation (the token's org)")
            String changedByOrganisation,
            OffsetDateTime changedAt) {

        static StatusChangeView of(CaseOwnerReferralStatusChange change) {
            return new StatusChangeView(change.status, change.declineReasonCode, change.note, change.changedBy,
                    change.changedByOrganisation, change.changedAt);
        }
    }

    public static CaseOwnerReferralView of(CaseOwnerReferral referral, List<CaseOwnerReferralStatusChange> history) {
        return new CaseOwnerReferralView(referral.id, referral.clientId, referral.episodeId, referral.reasonCode,
                referral.reason, referral.status, referral.declineReasonCode, referral.sentBy,
                referral.senderOrganisation, referral.requestedAt, referral.answerDueBy, referral.statusChangedAt,
                history.stream().map(StatusChangeView::of).toList(), referral.version);
    }
}
