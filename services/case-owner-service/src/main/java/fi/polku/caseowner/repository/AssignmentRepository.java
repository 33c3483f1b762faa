package fi.polku.caseowner.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.CaseOwnerAssignment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<CaseOwnerAssignment, UUID> {

    /** The open clientships a professional owns, longest owned first. */
    public List<CaseOwnerAssignment> openCaseloadOf(UUID professionalId) {
        return getEntityManager().createQuery("""
                        SELECT a FROM CaseOwnerAssignment a, KnownClient c
                        WHERE c.clientId = a.clientId AND a.professionalId = :professional
                          AND c.clientship = fi.polku.caseowner.domain.KnownClient.Clientship.OPEN
                        ORDER BY a.assignedAt, a.clientId""", CaseOwnerAssignment.class)
                .setParameter("professional", professionalId)
                .getResultList();
    }

    /** Open clientships waiting in the unassigned queue in the municipalities, longest waiting first. */
    public List<UUID> queuedClientsIn(Collection<String> municipalityCodes) {
        return getEntityManager().createQuery("""
                        SELECT a.clientId FROM CaseOwnerAssignment a, KnownClient c
                        WHERE c.clientId = a.clientId AND a.professionalId IS NULL
                          AND c.clientship = fi.polku.caseowner.domain.KnownClient.Clientship.OPEN
                          AND c.municipalityCode IN :municipalities
                        ORDER BY a.unassignedSince, a.clientId""", UUID.class)
                .setParameter("municipalities", municipalityCodes)
                .getResultList();
    }
}
