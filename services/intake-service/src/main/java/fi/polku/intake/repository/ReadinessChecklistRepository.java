package fi.polku.intake.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.ReadinessChecklist;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReadinessChecklistRepository implements PanacheRepositoryBase<ReadinessChecklist, UUID> {

    /** A page of the client's records, oldest first (assessedAt, then id). */
    public Page<ReadinessChecklist> pageForClient(UUID clientId, PageRequest page) {
        return ClientRecordPages.page(this, "assessedAt", r -> r.assessedAt, r -> r.id, clientId, page);
    }
}
