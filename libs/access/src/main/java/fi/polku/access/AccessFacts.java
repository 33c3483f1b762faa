package fi.polku.access;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.outbox.Outbox;

/**
 * Publishes an event that opens or ends someone's access to a client (an access fact: a case owner, a care network
 * member, an assessing team, a consent, a merge, an emergency access) through the outbox, and applies it to this
 * service's own access projection in the same transaction, so that the producing service's own change takes effect
 * at once; the other services apply it when it reaches them.
 */
@ApplicationScoped
public class AccessFacts {

    private final Outbox outbox;
    private final ClientAccessProjection projection;

    public AccessFacts(Outbox outbox, ClientAccessProjection projection) {
        this.outbox = outbox;
        this.projection = projection;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String eventName, UUID clientId, Object data) {
        return publish(topic, eventName, 1, clientId, data);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String eventName, int version, UUID clientId, Object data) {
        CloudEvent event = outbox.publish(topic, eventName, version, clientId, data);
        projection.applyOnce(event);
        return event;
    }
}
