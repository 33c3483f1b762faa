package fi.polku.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * A member of a work-ability team; kept with the team as part of its value. {@code userId} is the member's user id
 * in the county's identity provider (the token subject): it gives active members access to the clients the team
 * assesses.
 */
@Schema(requiredProperties = {"id", "name", "profession", "organisation", "userId", "active"})
public record TeamMember(UUID id, String name, Profession profession, String organisation,
        @Schema(nullable = true, description = "The member's user id in the county's identity provider; null when "
                + "not given") String userId,
        boolean active) {
}
