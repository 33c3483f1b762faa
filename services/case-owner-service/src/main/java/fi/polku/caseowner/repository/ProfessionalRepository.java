package fi.polku.caseowner.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.Candidate;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.domain.ProfessionalRole;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProfessionalRepository implements PanacheRepositoryBase<Professional, UUID> {

    /**
     * Active professionals in one of the roles who serve the municipality, each with their number of open
     * clientships, least loaded first (ties: the longest-serving first).
     */
    public List<Candidate> candidatesFor(String municipalityCode, Collection<ProfessionalRole> roles) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT p.id, p.max_caseload, count(c.client_id)
                        FROM professional p
                        LEFT JOIN case_owner_assignment a ON a.professional_id = p.id
                        LEFT JOIN known_client c ON c.client_id = a.client_id AND c.clientship = 'OPEN'
                        WHERE p.active AND :municipality = ANY (p.municipalities) AND p.role IN (:roles)
                        GROUP BY p.id, p.max_caseload, p.created_at
                        ORDER BY count(c.client_id), p.created_at, p.id""", Object[].class)
                .setParameter("municipality", municipalityCode)
                .setParameter("roles", roles.stream().map(Enum::name).toList())
                .getResultList();
        return rows.stream()
                .map(row -> new Candidate((UUID) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue()))
                .toList();
    }

    /** Professionals by name (ties by id), from after the name and id given (both null: from the first), at most {@code fetch}. */
    public List<Professional> byName(String afterName, UUID afterId, int fetch) {
        if (afterName == null) {
            return find("order by name, id").page(0, fetch).list();
        }
        return find("name > ?1 or (name = ?1 and id > ?2) order by name, id", afterName, afterId).page(0, fetch)
                .list();
    }

    /** The professional record of a logged-in person, preferring an active one. */
    public Optional<Professional> findByUserId(String userId) {
        return find("userId = ?1 order by active desc, createdAt", userId).firstResultOptional();
    }

    /** The number of open clientships each professional owns; professionals without any are absent. */
    public Map<UUID, Integer> caseloads() {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT a.professional_id, count(*)
                        FROM case_owner_assignment a JOIN known_client c ON c.client_id = a.client_id
                        WHERE a.professional_id IS NOT NULL AND c.clientship = 'OPEN'
                        GROUP BY a.professional_id""", Object[].class)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).intValue()));
    }
}
