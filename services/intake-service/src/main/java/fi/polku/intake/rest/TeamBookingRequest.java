package fi.polku.intake.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.InvestigationKind;
import fi.polku.intake.domain.TeamBookingKind;
import fi.polku.intake.service.TeamBookingService;

public record TeamBookingRequest(
        @Schema(description = "TEAM_APPOINTMENT when no further investigation is needed (teamId and appointmentAt "
                + "required), FURTHER_INVESTIGATIONS to have investigations done first (investigations required)")
        @NotNull TeamBookingKind kind,
        @Schema(description = "The work-ability team (assessment service). Conditional: required for "
                + "TEAM_APPOINTMENT", nullable = true)
        UUID teamId,
        @Schema(description = "The team appointment, in the future. Conditional: required for TEAM_APPOINTMENT, "
                + "absent for FURTHER_INVESTIGATIONS", nullable = true)
        OffsetDateTime appointmentAt,
        @Schema(description = "Conditional: at least one for FURTHER_INVESTIGATIONS, absent or empty for "
                + "TEAM_APPOINTMENT", nullable = true)
        @Size(max = 20) List<@Valid @NotNull InvestigationRequest> investigations,
        @Schema(description = "Why the client is coordinated to the team; kept here, never in events")
        @NotBlank @Size(max = 2000) String reason) {

    public record InvestigationRequest(
            @Schema(description = "The kind of investigation, as a code; it goes to the FurtherInvestigationRequested "
                    + "event, the words below stay here. HEALTH_EXAMINATION (a physician's), MENTAL_HEALTH_ASSESSMENT, "
                    + "COGNITIVE_ASSESSMENT (neuropsychological), PHYSICAL_FUNCTIONING_ASSESSMENT (physiotherapist), "
                    + "OCCUPATIONAL_THERAPY_ASSESSMENT, SOCIAL_SITUATION_ASSESSMENT (social worker), "
                    + "SUBSTANCE_USE_ASSESSMENT, EDUCATION_AND_SKILLS_ASSESSMENT, BENEFITS_CLARIFICATION (Kela, "
                    + "pension), OTHER. Defaults to OTHER", defaultValue = "OTHER", nullable = true)
            InvestigationKind kind,
            @Schema(description = "Which investigation, e.g. a physician's examination of the back; never in events")
            @NotBlank @Size(max = 500) String investigation,
            @Schema(description = "By whom: a profession or an organisation; never in events")
            @NotBlank @Size(max = 200) String responsible) {

        TeamBookingService.Investigation planned() {
            return new TeamBookingService.Investigation(kind == null ? InvestigationKind.OTHER : kind, investigation,
                    responsible);
        }
    }

    TeamBookingService.Booking booking() {
        return new TeamBookingService.Booking(kind, teamId, appointmentAt, investigations == null ? null
                : investigations.stream().map(InvestigationRequest::planned).toList(), reason);
    }
}
