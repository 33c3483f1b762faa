package fi.polku.intake.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.Motivation;
import fi.polku.intake.domain.Screening;
import fi.polku.intake.domain.Segment;
import fi.polku.intake.domain.Signal;

public record ScreeningView(
        UUID id,
        UUID clientId,
        @Schema(description = "Every signal that holds, including one implied by the months unemployed")
        List<Signal> signals,
        int monthsUnemployed,
        Motivation motivation,
        @Schema(description = "The segment in effect: the override if there is one, else the derived segment")
        Segment segment,
        @Schema(description = "The segment the documented rules derived") Segment derivedSegment,
        @Schema(description = "The rule (R1-R6) that derived the segment") String rule,
        @Schema(description = "The signals that led to the derived segment") List<Signal> decisiveSignals,
        boolean overridden,
        @Schema(nullable = true) String overrideReason,
        @Schema(nullable = true) String notes,
        String screenedBy,
        OffsetDateTime completedAt) {

    public static ScreeningView of(Screening screening) {
        return new ScreeningView(screening.id, screening.clientId, screening.signalCodes(),
                screening.monthsUnemployed, screening.motivation, screening.segment, screening.derivedSegment,
                screening.rule, screening.decisiveSignals(), screening.overridden(), screening.overrideReason,
                screening.notes, screening.screenedBy, screening.completedAt);
    }
}
