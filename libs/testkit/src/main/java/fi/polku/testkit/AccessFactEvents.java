package fi.polku.testkit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.polku.platform.events.Topics;

/**
 * Publishes access facts ({@code polku.access.facts}) as the services that own them would, for a test that plays
 * another service: intake's consents and merges, case-owner's care network. A test that plays the service's domain
 * event too (e.g. {@code ClientsMerged}, which moves the records) publishes that besides.
 */
public final class AccessFactEvents {

    private AccessFactEvents() {
    }

    public static void consentInForce(EventPublisher publisher, UUID clientId, UUID consentId,
            List<String> organisations, String purpose, LocalDate validFrom, LocalDate validUntil) {
        Map<String, Object> data = new HashMap<>(Map.of("clientId", clientId.toString(),
                "consentId", consentId.toString(), "organisations", organisations, "purpose", purpose,
                "validFrom", validFrom.toString(), "grantedAt", now().toString()));
        data.put("validUntil", validUntil == null ? null : validUntil.toString());
        publisher.publish(Topics.ACCESS_FACTS, "intake", "AccessConsentInForce", clientId, data);
    }

    /** The consent no longer covers the organisations from now on. */
    public static void consentWithdrawn(EventPublisher publisher, UUID clientId, UUID consentId,
            List<String> organisations) {
        publisher.publish(Topics.ACCESS_FACTS, "intake", "AccessConsentWithdrawn", clientId, Map.of(
                "clientId", clientId.toString(), "consentId", consentId.toString(), "organisations", organisations,
                "effectiveFrom", now().toString(), "withdrawnAt", now().toString()));
    }

    public static void recordsMerged(EventPublisher publisher, UUID keptClientId, UUID mergedClientId) {
        publisher.publish(Topics.ACCESS_FACTS, "intake", "AccessRecordsMerged", keptClientId, Map.of(
                "clientId", keptClientId.toString(), "mergedClientId", mergedClientId.toString(),
                "mergedAt", now().toString()));
    }

    /** The user is in the client's care network from yesterday on, until ended. */
    public static void careNetworkMember(EventPublisher publisher, UUID clientId, String userId) {
        relationshipOpened(publisher, clientId, "CARE_NETWORK", userId, false);
    }

    /** The user is the client's case owner from yesterday on, and no one else is. */
    public static void caseOwner(EventPublisher publisher, UUID clientId, String userId) {
        relationshipOpened(publisher, clientId, "CASE_OWNER", userId, true);
    }

    private static void relationshipOpened(EventPublisher publisher, UUID clientId, String kind, String userId,
            boolean soleOfKind) {
        OffsetDateTime now = now();
        Map<String, Object> data = new HashMap<>(Map.of("clientId", clientId.toString(), "kind", kind,
                "relationshipId", UUID.randomUUID().toString(), "userIds", List.of(userId),
                "validFrom", now.minusDays(1).toString(), "soleOfKind", soleOfKind, "changedAt", now.toString()));
        data.put("validUntil", null);
        publisher.publish(Topics.ACCESS_FACTS, "case-owner", "AccessRelationshipOpened", clientId, data);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
