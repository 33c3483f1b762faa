package fi.polku.caseowner.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A client's case owner now; {@code status} UNASSIGNED means the client waits in the unassigned queue. */
public record CaseOwnerView(
        UUID clientId,
        Status status,
        ProfessionalView caseOwner,
        OffsetDateTime assignedAt,
        OffsetDateTime unassignedSince) {

    public enum Status {
        ASSIGNED,
        UNASSIGNED
    }
}
