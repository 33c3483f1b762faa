package fi.polku.assessment.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.ActivationPlan;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ActivationPlanRepository implements PanacheRepositoryBase<ActivationPlan, UUID> {

    /** Every version of the client's activation plan, the newest first. */
    public List<ActivationPlan> versionsForClient(UUID clientId) {
        return list("clientId", Sort.descending("version"), clientId);
    }

    public Optional<ActivationPlan> latestForClient(UUID clientId) {
        return find("clientId", Sort.descending("version"), clientId).firstResultOptional();
    }
}
