package fi.polku.coaching.rest;

import java.time.OffsetDateTime;

import fi.polku.coaching.domain.Phase;
import fi.polku.coaching.domain.PhaseChange;

public record PhaseChangeView(Phase fromPhase, Phase toPhase, String reason, String changedBy,
        OffsetDateTime changedAt) {

    public static PhaseChangeView of(PhaseChange change) {
        return new PhaseChangeView(change.fromPhase, change.toPhase, change.reason, change.changedBy,
                change.changedAt);
    }
}
