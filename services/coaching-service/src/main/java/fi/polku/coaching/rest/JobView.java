package fi.polku.coaching.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.Job;

public record JobView(UUID id, UUID episodeId, Job.Kind kind, String employerName,
        @Schema(nullable = true) String employerBusinessId,
        String title, String occupation, LocalDate startDate, BigDecimal hoursPerWeek, boolean openLabourMarket,
        boolean permanent, boolean wageAtLeastCollectiveAgreement,
        @Schema(description = "Competitive employment (item 21, as reporting counts it): paid work in the open"
                + " labour market at least at the collective agreement's wage, permanent or not")
        boolean competitive,
        @Schema(nullable = true, description = "Null while the job goes on") LocalDate endDate,
        @Schema(nullable = true) String endReason, @Schema(nullable = true) LocalDate endLearnedOn,
        @Schema(nullable = true, description = "Who entered it: the episode's coach or a provider lead on the coach's"
                + " behalf; null for jobs recorded before names were kept") String recordedBy) {

    public static JobView of(Job j) {
        return new JobView(j.id, j.episodeId, j.kind, j.employerName, j.employerBusinessId, j.title, j.occupation,
                j.startDate, j.hoursPerWeek, j.openLabourMarket, j.permanent, j.wageAtLeastCollectiveAgreement,
                j.competitive(), j.endDate, j.endReason, j.endLearnedOn, j.recordedBy);
    }
}
