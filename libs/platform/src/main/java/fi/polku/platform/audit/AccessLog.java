package fi.polku.platform.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.polku.platform.ServiceIdentity;
import fi.polku.platform.access.AccessBasis;
import fi.polku.platform.events.Topics;
import fi.polku.platform.outbox.Outbox;
import fi.polku.platform.security.Caller;

/**
 * The access log of the Client Data Act (703/2023): who processed which client's data, when, what and why.
 * Each entry is written in the transaction of the access itself and published to {@value Topics#AUDIT}; the table
 * is append-only in the database.
 */
@ApplicationScoped
public class AccessLog {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ServiceIdentity service;
    private final Caller caller;
    private final AccessPurpose purpose;

    public AccessLog(EntityManager entityManager, Outbox outbox, ServiceIdentity service, Caller caller,
            AccessPurpose purpose) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.service = service;
        this.caller = caller;
        this.purpose = purpose;
    }

    /** Records an allowed access by the caller of the current request, and on what basis it was allowed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccessRecorded record(UUID clientId, String action, AccessBasis basis) {
        return write(clientId, action, AccessOutcome.ALLOWED, basis);
    }

    /** Records an attempt that was refused; it is written in a transaction of its own, as the request fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AccessRecorded recordDenied(UUID clientId, String action) {
        return write(clientId, action, AccessOutcome.DENIED, null);
    }

    /**
     * Records an attempt refused before the request reached the service (by role), for the caller the token names;
     * for code that runs outside the request, so it is given the caller and the stated purpose.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AccessRecorded recordDenied(UUID clientId, String action, Caller refused, String statedPurpose) {
        return write(new AccessRecorded(UUID.randomUUID(), now(), service.name(), refused.subject(),
                refused.displayName(), String.join(",", refused.roles()), refused.organisation(), clientId, action,
                statedPurpose, AccessOutcome.DENIED, null));
    }

    /**
     * Records a disclosure the service makes by itself, outside any request, to another organisation (e.g. a webhook
     * delivery to a partner): the recipient stands as the actor, with the purpose and basis the service checked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccessRecorded recordDisclosure(UUID clientId, String action, String recipientSubject,
            String recipientOrganisation, String statedPurpose, AccessBasis basis) {
        return write(new AccessRecorded(UUID.randomUUID(), now(), service.name(), recipientSubject,
                recipientOrganisation, "", recipientOrganisation, clientId, action, statedPurpose,
                AccessOutcome.ALLOWED, basis));
    }

    private AccessRecorded write(UUID clientId, String action, AccessOutcome outcome, AccessBasis basis) {
        return write(new AccessRecorded(UUID.randomUUID(), now(), service.name(), caller.subject(),
                caller.displayName(), String.join(",", caller.roles()), caller.organisation(), clientId, action,
                purpose.current(), outcome, basis));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private AccessRecorded write(AccessRecorded entry) {
        insert(entry);
        outbox.publish(Topics.AUDIT, "AccessRecorded", entry.clientId(), entry);
        return entry;
    }

    /** Keeps an entry another service published (the client register collects them all); each entry once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(AccessRecorded entry) {
        insert(entry);
    }

    private void insert(AccessRecorded entry) {
        entityManager.createNativeQuery("""
                        INSERT INTO access_log (id, occurred_at, service, actor_subject, actor_name, actor_roles,
                                                actor_org, client_id, action, purpose, outcome, basis)
                        VALUES (:id, :occurredAt, :service, :subject, :name, :roles, :org, :clientId, :action,
                                :purpose, :outcome, :basis)
                        ON CONFLICT (id) DO NOTHING""")
                .setParameter("id", entry.id())
                .setParameter("occurredAt", entry.occurredAt())
                .setParameter("service", entry.service())
                .setParameter("subject", entry.actorSubject())
                .setParameter("name", entry.actorName())
                .setParameter("roles", entry.actorRoles())
                .setParameter("org", entry.actorOrganisation())
                .setParameter("clientId", entry.clientId())
                .setParameter("action", entry.action())
                .setParameter("purpose", entry.purpose())
                .setParameter("outcome", entry.outcome().name())
                .setParameter("basis", entry.basis() == null ? null : entry.basis().name())
                .executeUpdate();
    }
}
