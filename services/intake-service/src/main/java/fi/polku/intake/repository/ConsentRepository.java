package fi.polku.intake.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.Consent;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /** A page of the client's records, oldest first (grantedAt, then id). */
    public Page<Consent> pageForClient(UUID clientId, PageRequest page) {
        return ClientRecordPages.page(this, "grantedAt", r -> r.grantedAt, r -> r.id, clientId, page);
    }
}
