package fi.polku.access;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A relationship ends: its professionals keep access to the client until {@code accessUntil} (an assessing team, for
 * instance, follows the plan's start for a while after the conclusion), and not after it.
 */
public record AccessRelationshipEnded(
        UUID clientId,
        RelationshipKind kind,
        UUID relationshipId,
        OffsetDateTime accessUntil,
        OffsetDateTime changedAt) implements AccessFact {

    /** The relationship ends at {@code at}, and its access with it. */
    public static AccessRelationshipEnded at(UUID clientId, RelationshipKind kind, UUID relationshipId,
            OffsetDateTime at) {
        return new AccessRelationshipEnded(clientId, kind, relationshipId, at, at);
    }
}
