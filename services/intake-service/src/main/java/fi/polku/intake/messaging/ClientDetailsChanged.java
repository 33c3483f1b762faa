package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.polku.intake.domain.ClientGroup;
import fi.polku.intake.domain.JobSeekerRegistration;

/**
 * Data of {@code ClientDetailsChanged}: what other services route by (municipality, language) and report by. Under a
 * non-disclosure order (turvakielto) no municipality, only the marker: a service that knew the municipality forgets it.
 */
public record ClientDetailsChanged(
        UUID clientId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String municipalityCode,
        boolean nonDisclosure,
        String preferredLanguage,
        ClientGroup clientGroup,
        JobSeekerRegistration jobSeekerRegistration,
        OffsetDateTime changedAt) {
}
