package fi.polku.coaching.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.Phase;
import fi.polku.coaching.domain.PhaseChange;

public record PhaseChangeView(
        @Schema(nullable = true, description = "Null on the first entry, the start of coaching") Phase fromPhase,
        Phase toPhase, @Schema(nullable = true) String reason, String changedBy,
        OffsetDateTime changedAt) {

    public static PhaseChangeView of(PhaseChange change) {
        return new PhaseChangeView(change.fromPhase, change.toPhase, change.reason, change.changedBy,
                change.changedAt);
    }
}
