package fi.polku.platform.access;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An emergency access as granted; also the data of the {@code EmergencyAccessGranted} event. */
public record EmergencyAccess(
        UUID id,
        UUID clientId,
        String subject,
        String actorName,
        String organisation,
        String reason,
        String service,
        OffsetDateTime grantedAt,
        OffsetDateTime expiresAt) {
}
