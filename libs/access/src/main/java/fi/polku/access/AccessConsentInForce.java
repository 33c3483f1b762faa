package fi.polku.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A client's consent opens the client's data to the organisations it names ({@code org} claims of the trusted
 * issuer's tokens) for a purpose, from the first day to the last (null: until withdrawn).
 */
public record AccessConsentInForce(
        UUID clientId,
        UUID consentId,
        List<String> organisations,
        String purpose,
        LocalDate validFrom,
        LocalDate validUntil,
        OffsetDateTime grantedAt) implements AccessFact {
}
