package fi.polku.assessment.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.AssessmentStatus;
import fi.polku.assessment.domain.Profession;
import fi.polku.assessment.domain.SupportPlan;
import fi.polku.assessment.domain.WorkAbilityEstimate;
import fi.polku.assessment.service.AssessmentQueries;
import fi.polku.platform.openapi.Ids;

/** An assessment with everything recorded in it; the conclusion fields are null until it is concluded. */
@Schema(requiredProperties = {"id", "clientId", "teamId", "bookingId", "appointmentAt", "reason",
    "status", "statusReason", "workAbilityEstimate", "agreedProfessions", "supportPlan", "concludedAt", "evaluations",
    "consultations", "instrumentResponses", "investigations", "version"})
public record AssessmentView(
        UUID id,
        UUID clientId,
        @Schema(nullable = true, description = "The team; null only when a booking named none",
                implementation = String.class, format = "uuid", pattern = Ids.PATTERN) UUID teamId,
        @Schema(nullable = true, description = "The intake booking it came from; null when created by a team member",
                implementation = String.class, format = "uuid", pattern = Ids.PATTERN)
        UUID bookingId,
        OffsetDateTime appointmentAt,
        String reason,
        AssessmentStatus status,
        @Schema(nullable = true, description = "Why it was cancelled, missed or rescheduled, when told")
        String statusReason,
        @Schema(nullable = true, description = "The team's estimate (one of WorkAbilityEstimate); null until "
                + "concluded", implementation = String.class, enumeration = {"ABLE_TO_WORK", "PARTIALLY_ABLE_TO_WORK",
                    "TEMPORARILY_UNABLE_TO_WORK", "UNABLE_TO_WORK_DISABILITY_PENSION_TO_BE_ASSESSED",
                    "UNCLEAR_NEEDS_FURTHER_EXAMINATION"})
        WorkAbilityEstimate workAbilityEstimate,
        @Schema(nullable = true, description = "The professions that agreed on the estimate; null until concluded")
        List<Profession> agreedProfessions,
        SupportPlan supportPlan,
        @Schema(nullable = true, description = "Null until concluded", implementation = String.class,
                format = "date-time") OffsetDateTime concludedAt,
        @Schema(nullable = true, description = SUMMARY_NULL) List<EvaluationView> evaluations,
        @Schema(nullable = true, description = SUMMARY_NULL) List<ConsultationView> consultations,
        @Schema(nullable = true, description = SUMMARY_NULL) List<InstrumentResponseView> instrumentResponses,
        @Schema(nullable = true, description = "The client's further investigations requested by intake; " + SUMMARY_NULL)
        List<InvestigationView> investigations,
        @Schema(description = "The version, as in the ETag") long version) {

    private static final String SUMMARY_NULL = "null in lists and in the answers to changes other than the "
            + "conclusion (read the assessment for its findings)";

    public static AssessmentView of(AssessmentQueries.Recorded r) {
        return of(r.assessment(), r.evaluations().stream().map(EvaluationView::of).toList(),
                r.consultations().stream().map(ConsultationView::of).toList(),
                r.instrumentResponses().stream().map(InstrumentResponseView::of).toList(),
                r.investigations().stream().map(InvestigationView::of).toList());
    }

    /** The assessment alone, for lists and status changes. */
    public static AssessmentView summary(Assessment a) {
        return of(a, null, null, null, null);
    }

    private static AssessmentView of(Assessment a, List<EvaluationView> evaluations,
            List<ConsultationView> consultations, List<InstrumentResponseView> responses,
            List<InvestigationView> investigations) {
        return new AssessmentView(a.id, a.clientId, a.teamId, a.bookingId, a.appointmentAt, a.reason, a.status,
                a.statusReason, a.workAbilityEstimate, a.agreedProfessions, a.supportPlan, a.concludedAt, evaluations,
                consultations, responses, investigations, a.version);
    }
}
