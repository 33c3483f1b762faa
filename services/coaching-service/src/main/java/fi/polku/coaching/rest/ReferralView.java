package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.CoachingReferral;
import fi.polku.coaching.domain.DeclineReason;
import fi.polku.coaching.domain.ReferralStatus;
import fi.polku.coaching.domain.ReferralStatusChange;

@Schema(description = "A referral to a coaching provider, with its history (a handful of moves, so it comes whole)")
public record ReferralView(
        UUID id,
        UUID clientId,
        @Schema(description = "The episode that follows from the referral; it starts once the referral is accepted"
                + " and the client's consent covers the provider") UUID episodeId,
        @Schema(nullable = true, description = "Null while the referral names no registered provider")
        UUID providerId,
        @Schema(nullable = true, description = "The declined or cancelled referral this one sends elsewhere")
        UUID previousReferralId,
        ReferralStatus status,
        @Schema(nullable = true, description = "Why the provider declined; null otherwise") DeclineReason reasonCode,
        OffsetDateTime requestedAt,
        @Schema(description = "The provider answers by this day (the configured number of Finnish working days)")
        LocalDate answerDueBy,
        @Schema(description = "Still REQUESTED after its answer day: a gap in the case owner's gap watch")
        boolean unanswered,
        OffsetDateTime statusChangedAt,
        @Schema(description = "Every move, oldest first; never rewritten") List<StatusChangeView> history,
        long version) {

    @Schema(description = "One move of the referral: to which status, why, by whom, when")
    public record StatusChangeView(ReferralStatus status, @Schema(nullable = true) DeclineReason reasonCode,
            @Schema(nullable = true, description = "The free text of who moved it, e.g. for a decline of reason"
                    + " OTHER") String note,
            @Schema(description = "The user (token subject), or `system` for moves that follow the episode")
            String changedBy,
            @Schema(nullable = true, description = "The user's organisation (the token's org)")
            String changedByOrganisation,
            OffsetDateTime changedAt) {

        static StatusChangeView of(ReferralStatusChange change) {
            return new StatusChangeView(change.status, change.reasonCode, change.note, change.changedBy,
                    change.changedByOrganisation, change.changedAt);
        }
    }

    public static ReferralView of(CoachingReferral referral, boolean unanswered, List<ReferralStatusChange> history) {
        return new ReferralView(referral.id, referral.clientId, referral.episodeId, referral.providerId,
                referral.previousReferralId, referral.status, referral.reasonCode, referral.requestedAt,
                referral.answerDueBy, unanswered, referral.statusChangedAt,
                history.stream().map(StatusChangeView::of).toList(), referral.version);
    }
}
