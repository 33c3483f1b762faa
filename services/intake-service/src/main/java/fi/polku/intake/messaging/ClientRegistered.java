package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.intake.domain.ClientGroup;
import fi.polku.intake.domain.JobSeekerRegistration;

/**
 * Data of {@code ClientRegistered}: pseudonymous id, area, age band and the client's group and job-seeker
 * registration as categories (null when not recorded); nothing that identifies the person.
 */
public record ClientRegistered(
        UUID clientId,
        String municipalityCode,
        String ageBand,
        String preferredLanguage,
        boolean temporaryIdentityCode,
        ClientGroup clientGroup,
        JobSeekerRegistration jobSeekerRegistration,
        OffsetDateTime registeredAt) {
}
