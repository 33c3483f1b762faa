package fi.polku.intake.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.TeamBooking;
import fi.polku.intake.domain.TeamBookingKind;

public record TeamBookingView(UUID id, UUID clientId, TeamBookingKind kind,
        @Schema(description = "The team; null for FURTHER_INVESTIGATIONS", nullable = true)
        UUID teamId,
        @Schema(description = "The appointment; null for FURTHER_INVESTIGATIONS", nullable = true)
        OffsetDateTime appointmentAt,
        @Schema(description = "The investigations needed first; empty for TEAM_APPOINTMENT")
        List<TeamBookingRequest.InvestigationRequest> investigations, String reason,
        String bookedBy, OffsetDateTime bookedAt) {

    public static TeamBookingView of(TeamBooking booking) {
        return new TeamBookingView(booking.id, booking.clientId, booking.kind, booking.teamId, booking.appointmentAt,
                booking.investigations.stream()
                        .map(i -> new TeamBookingRequest.InvestigationRequest(i.kind, i.investigation, i.responsible))
                        .toList(),
                booking.reason, booking.bookedBy, booking.bookedAt);
    }
}
