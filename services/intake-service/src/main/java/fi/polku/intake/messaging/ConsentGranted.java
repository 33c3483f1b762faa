package fi.polku.intake.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fi.polku.intake.domain.ConsentGivenAs;
import fi.polku.intake.domain.ConsentPurpose;

/** Data of {@code ConsentGranted}; {@code validUntil} is null for a consent valid until withdrawn. */
public record ConsentGranted(UUID clientId, UUID consentId, List<ConsentParty> parties, ConsentPurpose purpose,
        LocalDate validFrom, LocalDate validUntil, OffsetDateTime grantedAt, ConsentGivenAs givenAs) {
}
