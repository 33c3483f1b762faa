package fi.polku.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One onward service of a support plan, with who is responsible for arranging it and by when. */
@Schema(requiredProperties = {"id", "service", "responsibleOrganisation", "targetDate", "justification",
    "providerOrganisation"})
public record ServiceRecommendation(
        UUID id,
        ServiceType service,
        String responsibleOrganisation,
        LocalDate targetDate,
        @Schema(nullable = true, description = "Null when not given") String justification,
        @Schema(nullable = true, description = "For supported-employment coaching: the provider's organisation id, "
                + "when known") String providerOrganisation) {
}
