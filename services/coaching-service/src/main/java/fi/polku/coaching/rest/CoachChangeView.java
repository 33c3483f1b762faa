package fi.polku.coaching.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.CoachChange;

@Schema(description = "An episode moved from one coach to another, with the reason and who moved it")
public record CoachChangeView(UUID id, UUID episodeId, @Schema(nullable = true) UUID fromCoachId, UUID toCoachId,
        CoachChange.Reason reasonCode, @Schema(nullable = true) String reason, String changedBy,
        OffsetDateTime changedAt) {

    public static CoachChangeView of(CoachChange change) {
        return new CoachChangeView(change.id, change.episodeId, change.fromCoachId, change.toCoachId, change.reasonCode,
                change.reason,
                change.changedBy, change.changedAt);
    }
}
