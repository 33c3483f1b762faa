package fi.polku.access;

import java.util.UUID;

/**
 * An event of the access model's own contract: who may see a client from when to when. A producer publishes it
 * through {@link AccessFacts} on {@code polku.access.facts}, named by its record (e.g. {@code
 * fi.polku.case-owner.AccessRelationshipOpened.v1}), and every service's {@link ClientAccessProjection} applies it.
 */
public sealed interface AccessFact permits AccessRelationshipOpened, AccessRelationshipEnded, AccessConsentInForce,
        AccessConsentWithdrawn, AccessRecordsMerged, EmergencyAccessGranted {

    UUID clientId();

    /** The event's name, its type without the producer and the version. */
    default String eventName() {
        return getClass().getSimpleName();
    }
}
