package fi.polku.platform.audit;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.polku.platform.ServiceIdentity;
import fi.polku.platform.events.Topics;
import fi.polku.platform.outbox.Outbox;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/**
 * The access log of the Client Data Act (703/2023): who processed which client's data, when, what and why.
 * Each entry is written in the transaction of the access itself and published to {@value Topics#AUDIT}; the table
 * is append-only in the database.
 */
@ApplicationScoped
public class AccessLog {

    /** Version 2 of {@code AccessRecorded} carries the purpose as a code instead of in words. */
    public static final int EVENT_VERSION = 2;

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ServiceIdentity service;
    private final Caller caller;
    private final AccessPurpose purpose;
    private final ServiceTime time;

    public AccessLog(EntityManager entityManager, Outbox outbox, ServiceIdentity service, Caller caller,
            AccessPurpose purpose, ServiceTime time) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.service = service;
        this.caller = caller;
        this.purpose = purpose;
        this.time = time;
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
     * for code that runs outside the request, so it is given the caller and the stated purpose, in words and as a code.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AccessRecorded recordDenied(UUID clientId, String action, Caller refused, String statedPurpose,
            ProcessingPurpose purposeCode) {
        return write(new AccessRecorded(UUID.randomUUID(), time.timestamp(), service.name(), refused.subject(),
                refused.displayName(), String.join(",", refused.roles()), refused.organisation(), clientId, action,
                purposeCode, AccessOutcome.DENIED, null), statedPurpose);
    }

    /**
     * Records a disclosure the service makes by itself, outside any request, to another organisation (e.g. a webhook
     * delivery to a partner): the recipient stands as the actor, with the purpose and basis the service checked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccessRecorded recordDisclosure(UUID clientId, String action, String recipientSubject,
            String recipientOrganisation, ProcessingPurpose purposeCode, AccessBasis basis) {
        return write(new AccessRecorded(UUID.randomUUID(), time.timestamp(), service.name(), recipientSubject,
                recipientOrganisation, "", recipientOrganisation, clientId, action, purposeCode,
                AccessOutcome.ALLOWED, basis), purposeCode.name());
    }

    private AccessRecorded write(UUID clientId, String action, AccessOutcome outcome, AccessBasis basis) {
        return write(new AccessRecorded(UUID.randomUUID(), time.timestamp(), service.name(), caller.subject(),
                caller.displayName(), String.join(",", caller.roles()), caller.organisation(), clientId, action,
                purpose.currentCode(), outcome, basis), purpose.current());
    }

    /** The entry in the log with the purpose in words, and as its event with the purpose's code only. */
    private AccessRecorded write(AccessRecorded entry, String purposeInWords) {
        insert(entry, purposeInWords);
        outbox.publish(Topics.AUDIT, "AccessRecorded", EVENT_VERSION, entry.clientId(), entry);
        return entry;
    }

    /**
     * Keeps an entry another service published (the client register collects them all), with the purpose it
     * carries; each entry once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(AccessRecorded entry, String purpose) {
        insert(entry, purpose);
    }

    private void insert(AccessRecorded entry, String purposeInWords) {
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
                .setParameter("purpose", purposeInWords)
                .setParameter("outcome", entry.outcome().name())
                .setParameter("basis", entry.basis() == null ? null : entry.basis().name())
                .executeUpdate();
    }
}
