package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.EmployerContact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EmployerContactRepository implements PanacheRepositoryBase<EmployerContact, UUID> {

    public List<EmployerContact> ofProvider(UUID providerId) {
        return list("providerId = ?1 ORDER BY date", providerId);
    }

    public List<EmployerContact> ofCoach(UUID coachId) {
        return list("coachId = ?1 ORDER BY date, createdAt", coachId);
    }
}
