package fi.polku.caseowner.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.Professional;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProfessionalRepository implements PanacheRepositoryBase<Professional, UUID> {

    /** Active professionals serving the municipality, each with their current number of clients. */
    public List<Candidate> candidatesFor(String municipalityCode) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT p.id, p.max_caseload, count(a.client_id)
                        FROM professional p
                        LEFT JOIN case_owner_assignment a ON a.professional_id = p.id
                        WHERE p.active AND :municipality = ANY (p.municipalities)
                        GROUP BY p.id, p.max_caseload
                        ORDER BY count(a.client_id), p.created_at, p.id""", Object[].class)
                .setParameter("municipality", municipalityCode)
                .getResultList();
        return rows.stream()
                .map(row -> new Candidate((UUID) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue()))
                .toList();
    }

    public record Candidate(UUID professionalId, int maxCaseload, int caseload) {

        public boolean hasCapacity() {
            return caseload < maxCaseload;
        }
    }
}
