package fi.polku.assessment.domain;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.platform.openapi.Ids;

/**
 * The case owner the team and the client agreed on (asiakasvastaavasta sopiminen). {@code professionalId} names the
 * person in the case-owner service's register when they are one, so that the case-owner service can make them the
 * case owner.
 */
@Schema(requiredProperties = {"name", "organisation", "role", "professionalId"})
public record AgreedCaseOwner(String name, String organisation, String role,
        @Schema(nullable = true, description = "The agreed person's id in the case-owner service's professional "
                + "register; null when not named (the case-owner service then puts the agreement on the "
                + "coordinator's list)", implementation = String.class, format = "uuid", pattern = Ids.PATTERN)
        UUID professionalId) {
}
