package fi.polku.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A consent no longer covers the organisations named (all of its parties when none are) from {@code effectiveFrom}. */
public record AccessConsentWithdrawn(
        UUID clientId,
        UUID consentId,
        List<String> organisations,
        OffsetDateTime effectiveFrom,
        OffsetDateTime withdrawnAt) implements AccessFact {
}
