package fi.polku.coaching.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The part of intake's {@code ConsentWithdrawn} this service uses; no parties means the whole consent.
 * {@code withdrawnFrom} is read as an instant, or as a date meaning from the start of that Finnish day.
 */
public record ConsentWithdrawn(UUID clientId, UUID consentId, List<ConsentGranted.Party> parties,
        String withdrawnFrom) {

    public OffsetDateTime withdrawnFromInstant(OffsetDateTime now) {
        if (withdrawnFrom == null || withdrawnFrom.isBlank()) {
            return now;
        }
        if (withdrawnFrom.length() == 10) {
            return LocalDate.parse(withdrawnFrom).atStartOfDay(ZoneId.of("Europe/Helsinki")).toOffsetDateTime();
        }
        return OffsetDateTime.parse(withdrawnFrom);
    }
}
