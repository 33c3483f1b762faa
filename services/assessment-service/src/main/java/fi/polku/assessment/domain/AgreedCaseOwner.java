package fi.polku.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The case owner the team and the client agreed on (asiakasvastaavasta sopiminen). */
@Schema(requiredProperties = {"name", "organisation", "role"})
public record AgreedCaseOwner(String name, String organisation, String role) {
}
