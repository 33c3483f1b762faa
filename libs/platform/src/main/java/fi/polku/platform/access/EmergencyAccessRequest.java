package fi.polku.platform.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the professional needs the client's data now, in their own words; reviewed by supervisors. */
public record EmergencyAccessRequest(@NotBlank @Size(min = 10, max = 1000) String reason) {
}
