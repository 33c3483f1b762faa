package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fi.polku.intake.domain.ConsentPurpose;

/** Data of {@code ConsentWithdrawn}: the consent no longer covers its parties from {@code withdrawnFrom} on. */
public record ConsentWithdrawn(UUID clientId, UUID consentId, List<ConsentParty> parties,
        OffsetDateTime withdrawnFrom, OffsetDateTime withdrawnAt, ConsentPurpose purpose) {
}
