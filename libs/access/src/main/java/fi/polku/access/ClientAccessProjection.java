package fi.polku.access;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.EventType;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;

/**
 * Learns who may see which client from the access facts ({@link AccessFact}) the services publish on
 * {@code polku.access.facts}: care relationships opened and ended, consents in force and withdrawn, merged records
 * and emergency accesses. Each fact is applied once per service, whether it arrives from the topic or, in the service
 * that produced it, through {@link AccessFacts} in the producing transaction (so its own change takes effect at once).
 */
@ApplicationScoped
public class ClientAccessProjection {

    public static final String CONSUMER = "client-access";
    /** Counts the events on the topic that are not access facts, by type. */
    public static final String SKIPPED_METRIC = "polku.access.events.skipped";
    private static final List<String> PRODUCERS = List.of("intake", "case-owner", "assessment", "coaching");

    private final CareRelationships relationships;
    private final ConsentCoverage consents;
    private final EmergencyAccesses emergencyAccesses;
    private final StaffGrantees staff;
    private final EventHandlers handlers;

    public ClientAccessProjection(EventConsumer consumer, CareRelationships relationships, ConsentCoverage consents,
            EmergencyAccesses emergencyAccesses, StaffGrantees staff) {
        this.relationships = relationships;
        this.consents = consents;
        this.emergencyAccesses = emergencyAccesses;
        this.staff = staff;
        this.handlers = consumer.handlers(CONSUMER, SKIPPED_METRIC);
        for (String producer : PRODUCERS) {
            handlers.on(type(producer, AccessRelationshipOpened.class), AccessRelationshipOpened.class, this::opened)
                    .on(type(producer, AccessRelationshipEnded.class), AccessRelationshipEnded.class, this::ended)
                    .on(type(producer, AccessConsentInForce.class), AccessConsentInForce.class, this::consentInForce)
                    .on(type(producer, AccessConsentWithdrawn.class), AccessConsentWithdrawn.class,
                            fact -> consents.withdrawn(fact.consentId(), fact.organisations(), fact.effectiveFrom()))
                    .on(type(producer, AccessRecordsMerged.class), AccessRecordsMerged.class, this::merged)
                    .on(type(producer, EmergencyAccessGranted.class), JsonNode.class,
                            data -> emergencyAccesses.remember(UUID.fromString(data.path("clientId").asText()), data));
        }
    }

    /** Applies an access event in the caller's transaction unless it has been applied already. */
    public void applyOnce(CloudEvent event) {
        handlers.handleOnce(event);
    }

    /** Applies one record of the services' topics, once per event id; other events are skipped. */
    public void consume(String record) {
        handlers.consume(record);
    }

    private void opened(AccessRelationshipOpened fact) {
        if (fact.soleOfKind()) {
            relationships.endAllBut(fact.clientId(), fact.kind(), fact.relationshipId().toString(), fact.validFrom());
        }
        for (String userId : fact.userIds()) {
            relationships.open(fact.clientId(), staff.user(userId), fact.kind(), fact.relationshipId().toString(),
                    fact.validFrom(), fact.validUntil(), fact.changedAt());
        }
    }

    private void ended(AccessRelationshipEnded fact) {
        relationships.end(fact.clientId(), fact.kind(), fact.relationshipId().toString(), fact.accessUntil(),
                fact.changedAt());
    }

    private void consentInForce(AccessConsentInForce fact) {
        for (String organisation : fact.organisations()) {
            consents.granted(fact.consentId(), fact.clientId(), organisation, fact.purpose(), fact.validFrom(),
                    fact.validUntil());
        }
    }

    private void merged(AccessRecordsMerged fact) {
        relationships.merge(fact.mergedClientId(), fact.clientId());
        consents.merge(fact.mergedClientId(), fact.clientId());
    }

    private static String type(String producer, Class<? extends AccessFact> fact) {
        return EventType.of(producer, fact.getSimpleName()).toString();
    }
}
