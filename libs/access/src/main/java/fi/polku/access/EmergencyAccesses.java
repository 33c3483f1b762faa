package fi.polku.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.ServiceIdentity;
import fi.polku.platform.audit.AccessBasis;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.clients.KnownClients;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.persistence.SqlValues;
import fi.polku.platform.privacy.IdentityCodes;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;
import fi.polku.platform.time.ServiceTime;

/**
 * Emergency ("break the glass") access: a county professional states a reason and gets access to one client for a
 * limited time. The grant is an event, so every service honours it, and a row that supervisors review.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EmergencyAccesses {

    /** The written reason where this service holds it (it took the access), else an older event's. */
    private static final String COLUMNS = """
            e.id, e.client_id, e.subject, e.actor_name, e.organisation, COALESCE(e.reason_category, 'OTHER'),
                   COALESCE(r.reason, e.reason), e.service, e.granted_at, e.expires_at
              FROM emergency_access e LEFT JOIN emergency_access_reason r ON r.emergency_access_id = e.id
            """;

    private final EntityManager entityManager;
    private final AccessFacts accessFacts;
    private final AccessLog accessLog;
    private final Caller caller;
    private final ServiceIdentity service;
    private final ClientAccessConfig config;
    private final StaffGrantees staff;
    private final ServiceTime time;

    public EmergencyAccesses(EntityManager entityManager, AccessFacts accessFacts, AccessLog accessLog, Caller caller,
            ServiceIdentity service, ClientAccessConfig config, StaffGrantees staff, ServiceTime time) {
        this.entityManager = entityManager;
        this.accessFacts = accessFacts;
        this.accessLog = accessLog;
        this.caller = caller;
        this.service = service;
        this.config = config;
        this.staff = staff;
        this.time = time;
    }

    /** Grants the caller access to a client the service knows; an unknown client is a 404 and grants nothing. */
    public EmergencyAccess grant(UUID clientId, EmergencyAccessRequest request, KnownClients knownClients) {
        if (!config.ownOrganisations().contains(caller.organisation())) {
            accessLog.recordDenied(clientId, "emergency access");
            throw ProblemException.forbidden("Emergency access is available to the county's own professionals only");
        }
        if (!knownClients.isKnown(clientId)) {
            throw ProblemException.notFound("Client", clientId);
        }
        if (IdentityCodes.appearIn(request.reason())) {
            throw ProblemException.invalidField("reason", "must not contain a personal identity code");
        }
        OffsetDateTime now = time.timestamp();
        EmergencyAccessGranted granted = new EmergencyAccessGranted(UUID.randomUUID(), clientId, caller.issuer(),
                caller.subject(), caller.displayName(), caller.organisation(), request.category(), service.name(), now,
                now.plus(config.emergencyDuration()));
        accessFacts.publish(granted);
        String reason = request.reason().strip();
        entityManager.createNativeQuery(
                        "INSERT INTO emergency_access_reason (emergency_access_id, reason) VALUES (:id, :reason)")
                .setParameter("id", granted.id())
                .setParameter("reason", reason)
                .executeUpdate();
        accessLog.record(clientId, "emergency access granted", AccessBasis.EMERGENCY_ACCESS);
        return new EmergencyAccess(granted.id(), clientId, granted.subject(), granted.actorName(),
                granted.organisation(), granted.reasonCategory(), reason, granted.service(), granted.grantedAt(),
                granted.expiresAt());
    }

    /**
     * Grants made in any service, from the first day to the last (inclusive, Finnish days), newest first, a page at a
     * time (key: granted at, id).
     */
    @SuppressWarnings("unchecked")
    public Page<EmergencyAccess> grantedBetween(LocalDate from, LocalDate to, PageRequest page) {
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        String[] after = page.afterParts(2);
        List<Tuple> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + """
                         WHERE e.granted_at >= :from AND e.granted_at < :to
                           AND (CAST(:afterTime AS timestamptz) IS NULL OR (e.granted_at, e.id) < (:afterTime, :afterId))
                         ORDER BY e.granted_at DESC, e.id DESC LIMIT :fetch""", Tuple.class)
                .setParameter("from", from.atStartOfDay(ServiceTime.FINLAND).toOffsetDateTime())
                .setParameter("to", to.plusDays(1).atStartOfDay(ServiceTime.FINLAND).toOffsetDateTime())
                .setParameter("afterTime", after == null ? null : PageKey.moment(after[0]))
                .setParameter("afterId", after == null ? null : PageKey.uuid(after[1]))
                .setParameter("fetch", page.fetchSize())
                .getResultList();
        return Page.of(rows.stream().map(EmergencyAccesses::of).toList(), page,
                access -> PageKey.of(access.grantedAt(), access.id()));
    }

    /** One grant: for supervisors, and for the professional who took it. */
    @SuppressWarnings("unchecked")
    public EmergencyAccess get(UUID id) {
        List<Tuple> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " WHERE e.id = :id", Tuple.class)
                .setParameter("id", id)
                .getResultList();
        EmergencyAccess access = rows.stream().map(EmergencyAccesses::of).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Emergency access", id));
        boolean supervisor = caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.AUDITOR);
        boolean taker = access.subject().equals(caller.subject())
                && access.organisation().equals(caller.organisation());
        if (!supervisor && !taker) {
            throw ProblemException.forbidden("Only supervisors and the professional who took it may read it");
        }
        return access;
    }

    void remember(UUID clientId, JsonNode data) {
        entityManager.createNativeQuery("""
                        INSERT INTO emergency_access (id, client_id, issuer, subject, actor_name, organisation,
                                                      reason, reason_category, service, granted_at, expires_at)
                        VALUES (:id, :client, :issuer, :subject, :name, :organisation, :reason, :category, :service,
                                :grantedAt, :expiresAt)
                        ON CONFLICT (id) DO NOTHING""")
                .setParameter("id", UUID.fromString(data.path("id").asText()))
                .setParameter("client", clientId)
                // an event of an earlier version was always of a token of the trusted issuer
                .setParameter("issuer", data.hasNonNull("issuer")
                        ? data.path("issuer").asText() : staff.trustedIssuer())
                .setParameter("subject", data.path("subject").asText())
                .setParameter("name", data.path("actorName").asText())
                .setParameter("organisation", data.path("organisation").asText())
                // an event of an earlier version carried the written reason
                .setParameter("reason", data.hasNonNull("reason") ? data.path("reason").asText() : null)
                .setParameter("category", data.hasNonNull("reasonCategory")
                        ? data.path("reasonCategory").asText() : EmergencyReason.OTHER.name())
                .setParameter("service", data.path("service").asText())
                .setParameter("grantedAt", OffsetDateTime.parse(data.path("grantedAt").asText()))
                .setParameter("expiresAt", OffsetDateTime.parse(data.path("expiresAt").asText()))
                .executeUpdate();
    }

    private static EmergencyAccess of(Tuple row) {
        return new EmergencyAccess(row.get(0, UUID.class), row.get(1, UUID.class), row.get(2, String.class),
                row.get(3, String.class), row.get(4, String.class), EmergencyReason.valueOf(row.get(5, String.class)),
                row.get(6, String.class), row.get(7, String.class), SqlValues.offsetDateTime(row.get(8)),
                SqlValues.offsetDateTime(row.get(9)));
    }
}
