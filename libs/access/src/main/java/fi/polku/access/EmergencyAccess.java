package fi.polku.access;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An emergency access as granted, for the professional who took it and the supervisors who review it. */
public record EmergencyAccess(
        UUID id,
        UUID clientId,
        String subject,
        String actorName,
        String organisation,
        @Schema(description = "Why, as a category") EmergencyReason reasonCategory,
        @Schema(nullable = true, description = "The professional's own words; kept only in the service where the access"
                + " was taken (`service`), null in the others") String reason,
        String service,
        OffsetDateTime grantedAt,
        OffsetDateTime expiresAt) {
}
