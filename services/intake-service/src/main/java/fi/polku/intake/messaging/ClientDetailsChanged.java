package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.intake.domain.ClientGroup;
import fi.polku.intake.domain.JobSeekerRegistration;

/** Data of {@code ClientDetailsChanged}: what other services route by (municipality, language) and report by. */
public record ClientDetailsChanged(
        UUID clientId,
        String municipalityCode,
        String preferredLanguage,
        ClientGroup clientGroup,
        JobSeekerRegistration jobSeekerRegistration,
        OffsetDateTime changedAt) {
}
