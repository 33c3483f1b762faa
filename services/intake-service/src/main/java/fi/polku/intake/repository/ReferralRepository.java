package fi.polku.intake.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.Referral;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** A page of the client's records, oldest first (receivedAt, then id). */
    public Page<Referral> pageForClient(UUID clientId, PageRequest page) {
        return ClientRecordPages.page(this, "receivedAt", r -> r.receivedAt, r -> r.id, clientId, page);
    }
}
