package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.polku.caseowner.domain.QueueReason;

/**
 * Nobody could be assigned; the client waits in the unassigned queue until someone is. Under a non-disclosure order
 * (turvakielto) no municipality, only the marker.
 */
public record CaseOwnerUnavailable(UUID clientId, @JsonInclude(JsonInclude.Include.NON_NULL) String municipalityCode,
        boolean nonDisclosure, QueueReason reasonCode, OffsetDateTime since) {
}
