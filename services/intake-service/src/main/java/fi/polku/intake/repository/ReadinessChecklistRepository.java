package fi.polku.intake.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.ReadinessChecklist;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReadinessChecklistRepository implements PanacheRepositoryBase<ReadinessChecklist, UUID> {

    /** The client's records, oldest first. */
    public List<ReadinessChecklist> listForClient(UUID clientId) {
        return list("clientId", Sort.by("assessedAt").and("id"), clientId);
    }
}
