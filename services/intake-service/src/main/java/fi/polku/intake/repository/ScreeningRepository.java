package fi.polku.intake.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.Screening;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ScreeningRepository implements PanacheRepositoryBase<Screening, UUID> {

    /** A page of the client's records, oldest first (completedAt, then id). */
    public Page<Screening> pageForClient(UUID clientId, PageRequest page) {
        return ClientRecordPages.page(this, "completedAt", r -> r.completedAt, r -> r.id, clientId, page);
    }
}
