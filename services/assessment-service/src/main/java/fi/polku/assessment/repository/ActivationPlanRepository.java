package fi.polku.assessment.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.ActivationPlan;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ActivationPlanRepository implements PanacheRepositoryBase<ActivationPlan, UUID> {

    /** A page of the client's plan versions, the newest first (key: version). */
    public Page<ActivationPlan> versionsForClient(UUID clientId, PageRequest page) {
        String[] after = page.afterParts(1);
        Sort newestFirst = Sort.descending("version");
        PanacheQuery<ActivationPlan> query = after == null ? find("clientId = ?1", newestFirst, clientId)
                : find("clientId = ?1 and version < ?2", newestFirst, clientId, PlanVersionKeys.version(after[0]));
        return Page.of(query.range(0, page.fetchSize() - 1).list(), page, p -> PageKey.of(p.version));
    }

    public Optional<ActivationPlan> latestForClient(UUID clientId) {
        return find("clientId", Sort.descending("version"), clientId).firstResultOptional();
    }
}
