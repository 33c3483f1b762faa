package fi.polku.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fi.polku.platform.time.ServiceTime;

/**
 * Professionals (login subjects of the county's staff, {@code userIds}) have access to a client through a
 * relationship ({@code kind}, identified by the producer's {@code relationshipId}: a professional, a care network
 * member, an assessment) from {@code validFrom} until {@code validUntil} (null: until ended). A relationship that is
 * {@code soleOfKind} (the case owner) ends the client's other relationships of its kind; it may name no one (a case
 * owner without a login), and then only ends the others.
 */
public record AccessRelationshipOpened(
        UUID clientId,
        RelationshipKind kind,
        UUID relationshipId,
        List<String> userIds,
        OffsetDateTime validFrom,
        OffsetDateTime validUntil,
        boolean soleOfKind,
        OffsetDateTime changedAt) implements AccessFact {

    /** The one relationship of its kind the client has from {@code at} on, of a user or (null) of no one. */
    public static AccessRelationshipOpened sole(UUID clientId, RelationshipKind kind, UUID relationshipId,
            String userId, OffsetDateTime at) {
        return new AccessRelationshipOpened(clientId, kind, relationshipId,
                userId == null ? List.of() : List.of(userId), at, null, true, at);
    }

    /** The users' relationship from {@code at} until ended. */
    public static AccessRelationshipOpened from(UUID clientId, RelationshipKind kind, UUID relationshipId,
            List<String> userIds, OffsetDateTime at) {
        return new AccessRelationshipOpened(clientId, kind, relationshipId, userIds, at, null, false, at);
    }

    /** A user's relationship for whole Finnish days, the first to the last (null: until ended). */
    public static AccessRelationshipOpened forDays(UUID clientId, RelationshipKind kind, UUID relationshipId,
            String userId, LocalDate first, LocalDate last, OffsetDateTime at) {
        return new AccessRelationshipOpened(clientId, kind, relationshipId,
                userId == null ? List.of() : List.of(userId), startOf(first),
                last == null ? null : startOf(last.plusDays(1)), false, at);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ServiceTime.FINLAND).toOffsetDateTime();
    }
}
