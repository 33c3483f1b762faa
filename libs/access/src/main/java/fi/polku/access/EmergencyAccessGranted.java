package fi.polku.access;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The data of the {@code EmergencyAccessGranted} event: who (the token's issuer, subject and organisation), which client, why as a category, where and until when.
 * The written reason stays in the service where the access was taken.
 */
public record EmergencyAccessGranted(
        UUID id,
        UUID clientId,
        String issuer,
        String subject,
        String actorName,
        String organisation,
        EmergencyReason reasonCategory,
        String service,
        OffsetDateTime grantedAt,
        OffsetDateTime expiresAt) implements AccessFact {
}
