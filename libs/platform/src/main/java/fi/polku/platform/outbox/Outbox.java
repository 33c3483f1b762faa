package fi.polku.platform.outbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.polku.platform.ServiceIdentity;
import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.events.CloudEventCodec;
import fi.polku.platform.events.EventType;

/**
 * Records an event in the transactional outbox, in the caller's transaction, so the state change and its event
 * commit or roll back together. The columns follow the Debezium EventRouter shape; {@code aggregatetype} holds the
 * topic and {@code aggregateid} the record key (the client id).
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final CloudEventCodec codec;
    private final ServiceIdentity service;

    public Outbox(EntityManager entityManager, CloudEventCodec codec, ServiceIdentity service) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.service = service;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String eventName, UUID clientId, Object data) {
        return publish(topic, eventName, 1, clientId, data);
    }

    /** Publishes version {@code version} of the type ({@code fi.polku.<service>.<eventName>.v<version>}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String eventName, int version, UUID clientId, Object data) {
        CloudEvent event = codec.create(service.eventSource(), EventType.of(service.name(), eventName, version),
                clientId, data);
        entityManager.createNativeQuery("""
                        INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload)
                        VALUES (:id, :topic, :key, :type, CAST(:payload AS jsonb))""")
                .setParameter("id", UUID.fromString(event.id()))
                .setParameter("topic", topic)
                .setParameter("key", clientId.toString())
                .setParameter("type", event.type())
                .setParameter("payload", codec.write(event))
                .executeUpdate();
        return event;
    }
}
