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

/** An assessment with everything recorded in it; the conclusion fields are null until it is concluded. */
public record AssessmentView(
        UUID id,
        UUID clientId,
        UUID teamId,
        @Schema(description = "The intake booking it came from; null when created by a team member") UUID bookingId,
        OffsetDateTime appointmentAt,
        String reason,
        AssessmentStatus status,
        String statusReason,
        WorkAbilityEstimate workAbilityEstimate,
        List<Profession> agreedProfessions,
        SupportPlan supportPlan,
        OffsetDateTime concludedAt,
        List<EvaluationView> evaluations,
        List<ConsultationView> consultations,
        List<InstrumentResponseView> instrumentResponses,
        @Schema(description = "The client's further investigations requested by intake") List<InvestigationView> investigations,
        long version) {

    public static AssessmentView of(Assessment a, List<EvaluationView> evaluations,
            List<ConsultationView> consultations, List<InstrumentResponseView> responses,
            List<InvestigationView> investigations) {
        return new AssessmentView(a.id, a.clientId, a.teamId, a.bookingId, a.appointmentAt, a.reason, a.status,
                a.statusReason, a.workAbilityEstimate, a.agreedProfessions, a.supportPlan, a.concludedAt, evaluations,
                consultations, responses, investigations, a.version);
    }

    /** The assessment alone, for lists and status changes. */
    public static AssessmentView summary(Assessment a) {
        return of(a, null, null, null, null);
    }
}
