package fi.polku.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the professional needs the client's data now: a category, and in their own words; reviewed by supervisors. */
public record EmergencyAccessRequest(
        @Schema(description = "The professional's own words; kept in this service only, never in an event")
        @NotBlank @Size(min = 10, max = 1000) String reason,
        @Schema(description = "Why, as a category (what the other services learn); OTHER when left out")
        EmergencyReason reasonCategory) {

    public EmergencyReason category() {
        return reasonCategory == null ? EmergencyReason.OTHER : reasonCategory;
    }
}
