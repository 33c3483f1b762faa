package fi.polku.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party of an activation plan; the client is named by role only, never by name. */
@Schema(requiredProperties = {"role", "name", "organisation"})
public record PlanParty(PartyRole role,
        @Schema(nullable = true, description = "The professional's name; null for the client") String name,
        @Schema(nullable = true, description = "Null when not given") String organisation) {
}
