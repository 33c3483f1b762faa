package fi.polku.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The organisations that clients' consents name, as intake announces consents and their withdrawals: {@code org}
 * claims of the trusted issuer's tokens, so a token of another issuer naming the same organisation is not covered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentCoverage {

    private final EntityManager entityManager;
    private final StaffGrantees staff;

    public ConsentCoverage(EntityManager entityManager, StaffGrantees staff) {
        this.entityManager = entityManager;
        this.staff = staff;
    }

    public void granted(UUID consentId, UUID clientId, String organisation, String purpose, LocalDate validFrom,
            LocalDate validUntil) {
        entityManager.createNativeQuery("""
                        INSERT INTO consent_coverage (consent_id, organisation, issuer, client_id, purpose,
                                                      valid_from, valid_until)
                        VALUES (:consent, :organisation, :issuer, :client, :purpose, :from, :until)
                        ON CONFLICT (consent_id, organisation) DO NOTHING""")
                .setParameter("consent", consentId)
                .setParameter("organisation", organisation)
                .setParameter("issuer", staff.trustedIssuer())
                .setParameter("client", clientId)
                .setParameter("purpose", purpose)
                .setParameter("from", validFrom)
                .setParameter("until", validUntil)
                .executeUpdate();
    }

    /** Withdraws the consent from the instant on, for the organisations named, or for all when none are. */
    public void withdrawn(UUID consentId, List<String> organisations, OffsetDateTime from) {
        entityManager.createNativeQuery("""
                        UPDATE consent_coverage SET withdrawn_from = :from
                         WHERE consent_id = :consent AND (:all OR organisation IN (:organisations))
                           AND (withdrawn_from IS NULL OR withdrawn_from > :from)""")
                .setParameter("consent", consentId)
                .setParameter("all", organisations.isEmpty())
                .setParameter("organisations", organisations.isEmpty() ? List.of("") : organisations)
                .setParameter("from", from)
                .executeUpdate();
    }

    /** The merged client's consents are the kept client's, as intake moves them in the merge. */
    public void merge(UUID mergedClientId, UUID keptClientId) {
        entityManager.createNativeQuery("UPDATE consent_coverage SET client_id = :kept WHERE client_id = :merged")
                .setParameter("kept", keptClientId)
                .setParameter("merged", mergedClientId)
                .executeUpdate();
    }

    /** Whether a valid consent of the client names the organisation for one of the purposes now. */
    public boolean covers(UUID clientId, String organisation, List<String> purposes) {
        Object covered = entityManager.createNativeQuery("""
                        SELECT polku_access_basis(:client, :issuer, :organisation, '', :purposes) = 'CONSENT'""")
                .setParameter("client", clientId)
                .setParameter("issuer", staff.trustedIssuer())
                .setParameter("organisation", organisation)
                .setParameter("purposes", String.join(",", purposes))
                .getSingleResult();
        return Boolean.TRUE.equals(covered);
    }
}
