package fi.polku.access;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.polku.platform.audit.AccessBasis;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;

/**
 * Who may process a client's data, applied by every service to every read and write of it: the caller (the token's
 * issuer, organisation and subject together, {@link Grantee}) needs a care relationship with the client, or their organisation must be named in the client's valid consent for this
 * service's purpose, or they must have a live emergency access. The rule itself is the database function
 * {@code polku_access_basis}, so that single requests and list queries apply the same rule. Every decision is
 * written to the access log, refusals included.
 */
@ApplicationScoped
public class ClientAccess {

    private static final String VISIBLE_CONDITION =
            "function('polku_access_basis', %s, :accessIssuer, :accessOrganisation, :accessSubject, :accessPurposes)"
            + " is not null";

    private final EntityManager entityManager;
    private final Caller caller;
    private final AccessLog accessLog;
    private final String consentPurposes;

    public ClientAccess(EntityManager entityManager, Caller caller, AccessLog accessLog, ClientAccessConfig config) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.accessLog = accessLog;
        this.consentPurposes = String.join(",", config.consentPurposes());
    }

    /** Lets the caller go on with {@code action} on the client's data, or refuses with 403; logged either way. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccessBasis require(UUID clientId, String action) {
        Optional<AccessBasis> basis = basisOf(clientId);
        if (basis.isEmpty()) {
            accessLog.recordDenied(clientId, action);
            throw ProblemException.forbidden("The caller has no care relationship with the client, no valid consent"
                    + " of the client covers the caller's organisation, and no emergency access is in force");
        }
        accessLog.record(clientId, action, basis.get());
        return basis.get();
    }

    /**
     * For managing who is responsible for a client (case ownership): coordinators may do it for every client, as
     * keeping every client with a named person is their task; other callers need access as in {@link #require}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccessBasis requireOrSupervise(UUID clientId, String action) {
        if (caller.hasRole(Roles.COORDINATOR)) {
            accessLog.record(clientId, action, AccessBasis.SUPERVISION);
            return AccessBasis.SUPERVISION;
        }
        return require(clientId, action);
    }

    /**
     * For building a list: whether the client may appear in it for the caller; an appearance is logged, a client
     * left out is not (the caller never learns of them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean listed(UUID clientId, String action) {
        Optional<AccessBasis> basis = basisOf(clientId);
        basis.ifPresent(allowed -> accessLog.record(clientId, action, allowed));
        return basis.isPresent();
    }

    /** As {@link #listed}, but a coordinator supervising the work sees every client in the list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean listedOrSupervised(UUID clientId, String action) {
        if (caller.hasRole(Roles.COORDINATOR)) {
            accessLog.record(clientId, action, AccessBasis.SUPERVISION);
            return true;
        }
        return listed(clientId, action);
    }

    /**
     * Whether the caller has a basis for the client now, for an answer that would only name the client (its id),
     * not show its data; nothing is logged, as nothing is read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mayKnowOf(UUID clientId) {
        return basisOf(clientId).isPresent();
    }

    /** The caller's basis for the client now, if any. */
    private Optional<AccessBasis> basisOf(UUID clientId) {
        Object basis = entityManager.createNativeQuery(
                        "SELECT polku_access_basis(:client, :issuer, :organisation, :subject, :purposes)")
                .setParameter("client", clientId)
                .setParameter("issuer", caller.issuer())
                .setParameter("organisation", caller.organisation())
                .setParameter("subject", caller.subject())
                .setParameter("purposes", consentPurposes)
                .getSingleResult();
        return Optional.ofNullable(basis).map(value -> AccessBasis.valueOf(value.toString()));
    }

    /**
     * An HQL condition that keeps only the clients the caller may see, for list queries (so counts and pages
     * include no others); bind {@link #visibilityParameters()} with it.
     */
    public static String visibleClient(String clientIdPath) {
        return VISIBLE_CONDITION.formatted(clientIdPath);
    }

    public Map<String, Object> visibilityParameters() {
        return Map.of("accessIssuer", caller.issuer(), "accessOrganisation", caller.organisation(),
                "accessSubject", caller.subject(), "accessPurposes", consentPurposes);
    }
}
