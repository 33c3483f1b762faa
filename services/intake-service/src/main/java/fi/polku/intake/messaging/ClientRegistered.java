package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.polku.intake.domain.ClientGroup;
import fi.polku.intake.domain.JobSeekerRegistration;

/**
 * Data of {@code ClientRegistered}: pseudonymous id, area, age band and the client's group and job-seeker
 * registration as categories (null when not recorded); nothing that identifies the person. Under a non-disclosure
 * order (turvakielto) no municipality, only the marker.
 */
public record ClientRegistered(
        UUID clientId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String municipalityCode,
        boolean nonDisclosure,
        String ageBand,
        String preferredLanguage,
        boolean temporaryIdentityCode,
        ClientGroup clientGroup,
        JobSeekerRegistration jobSeekerRegistration,
        OffsetDateTime registeredAt) {
}
