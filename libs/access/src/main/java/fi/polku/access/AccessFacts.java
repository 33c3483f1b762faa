package fi.polku.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.Topics;
import fi.polku.platform.outbox.Outbox;

/**
 * Publishes an access fact through the outbox and applies it to this service's own access projection in the same
 * transaction, so that the producing service's own change takes effect at once; the other services apply it when it
 * reaches them. A service publishes its domain event (e.g. {@code CaseOwnerAssigned}) besides, for what else
 * follows from it.
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
    public CloudEvent publish(AccessFact fact) {
        CloudEvent event = outbox.publish(Topics.ACCESS_FACTS, fact.eventName(), fact.clientId(), fact);
        projection.applyOnce(event);
        return event;
    }
}
