package fi.polku.caseowner.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.InactiveReason;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.domain.ProfessionalRole;

public record ProfessionalView(
        UUID id,
        String name,
        String organisation,
        ProfessionalRole role,
        List<String> municipalities,
        int maxCaseload,
        boolean active,
        @Schema(nullable = true, description = "Null while active") InactiveReason inactiveReason,
        @Schema(nullable = true, description = "Null while active") OffsetDateTime inactiveSince,
        @Schema(nullable = true, description = "The login subject; null when not given") String userId,
        @Schema(description = "The version; also the ETag") long version) {

    public static ProfessionalView of(Professional professional) {
        return new ProfessionalView(professional.id, professional.name, professional.organisation, professional.role,
                List.copyOf(professional.municipalities), professional.maxCaseload, professional.active,
                professional.inactiveReason, professional.inactiveSince, professional.userId, professional.version);
    }
}
