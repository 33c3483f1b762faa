package fi.polku.access;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The care relationships this service knows of. A change carries the time of the event behind it, and a row only
 * changes for a newer event, so that a repeated or late event never reopens a relationship a newer one ended.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CareRelationships {

    private final EntityManager entityManager;

    public CareRelationships(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Starts (or renews) a relationship of the grantee; {@code validUntil} null means until ended. */
    public void open(UUID clientId, Grantee grantee, RelationshipKind kind, String sourceId, OffsetDateTime validFrom,
            OffsetDateTime validUntil, OffsetDateTime changedAt) {
        entityManager.createNativeQuery("""
                        INSERT INTO care_relationship (client_id, issuer, organisation, subject, kind, source_id,
                                                       valid_from, valid_until, changed_at)
                        VALUES (:client, :issuer, :organisation, :subject, :kind, :source, :from, :until, :changedAt)
                        ON CONFLICT (client_id, issuer, organisation, subject, kind, source_id) DO UPDATE
                           SET valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
                               changed_at = EXCLUDED.changed_at
                         WHERE care_relationship.changed_at <= EXCLUDED.changed_at""")
                .setParameter("client", clientId)
                .setParameter("issuer", grantee.issuer())
                .setParameter("organisation", grantee.organisation())
                .setParameter("subject", grantee.subject())
                .setParameter("kind", kind.name())
                .setParameter("source", sourceId)
                .setParameter("from", validFrom)
                .setParameter("until", validUntil)
                .setParameter("changedAt", changedAt)
                .executeUpdate();
    }

    /** Ends the client's relationships of a kind that come from a source (a professional, member or assessment). */
    public void end(UUID clientId, RelationshipKind kind, String sourceId, OffsetDateTime until,
            OffsetDateTime changedAt) {
        entityManager.createNativeQuery("""
                        UPDATE care_relationship SET valid_until = :until, changed_at = :changedAt
                         WHERE client_id = :client AND kind = :kind AND source_id = :source
                           AND changed_at <= :changedAt AND (valid_until IS NULL OR valid_until > :until)""")
                .setParameter("client", clientId)
                .setParameter("kind", kind.name())
                .setParameter("source", sourceId)
                .setParameter("until", until)
                .setParameter("changedAt", changedAt)
                .executeUpdate();
    }

    /** Ends the client's relationships of a kind from every source but one (the new case owner, say). */
    public void endAllBut(UUID clientId, RelationshipKind kind, String keptSourceId, OffsetDateTime until) {
        entityManager.createNativeQuery("""
                        UPDATE care_relationship SET valid_until = :until, changed_at = :until
                         WHERE client_id = :client AND kind = :kind AND source_id <> :kept AND changed_at <= :until
                           AND (valid_until IS NULL OR valid_until > :until)""")
                .setParameter("client", clientId)
                .setParameter("kind", kind.name())
                .setParameter("kept", keptSourceId)
                .setParameter("until", until)
                .executeUpdate();
    }

    /**
     * The kept client gets the merged client's relationships (one it already has stays as it is), except case
     * ownership, which the case-owner service decides for the kept client and announces. The merged client's rows
     * stay, so that the merge itself, still reading the merged client, is not refused.
     */
    public void merge(UUID mergedClientId, UUID keptClientId) {
        entityManager.createNativeQuery("""
                        INSERT INTO care_relationship (client_id, issuer, organisation, subject, kind, source_id,
                                                       valid_from, valid_until, changed_at)
                        SELECT :kept, issuer, organisation, subject, kind, source_id, valid_from, valid_until,
                               changed_at
                          FROM care_relationship WHERE client_id = :merged AND kind <> :caseOwner
                        ON CONFLICT (client_id, issuer, organisation, subject, kind, source_id) DO NOTHING""")
                .setParameter("kept", keptClientId)
                .setParameter("merged", mergedClientId)
                .setParameter("caseOwner", RelationshipKind.CASE_OWNER.name())
                .executeUpdate();
    }
}
