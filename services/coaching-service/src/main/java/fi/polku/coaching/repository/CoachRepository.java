package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.Coach;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CoachRepository implements PanacheRepositoryBase<Coach, UUID> {

    public List<Coach> ofProvider(UUID providerId) {
        return list("providerId = ?1 ORDER BY name, id", providerId);
    }
}
