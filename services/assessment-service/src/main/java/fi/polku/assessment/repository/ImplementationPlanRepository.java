package fi.polku.assessment.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.ImplementationPlan;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ImplementationPlanRepository implements PanacheRepositoryBase<ImplementationPlan, UUID> {

    public List<ImplementationPlan> versionsForClient(UUID clientId) {
        return list("clientId", Sort.descending("version"), clientId);
    }

    public Optional<ImplementationPlan> latestForClient(UUID clientId) {
        return find("clientId", Sort.descending("version"), clientId).firstResultOptional();
    }
}
