package fi.polku.intake.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.TeamBooking;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TeamBookingRepository implements PanacheRepositoryBase<TeamBooking, UUID> {

    /** A page of the client's records, oldest first (bookedAt, then id). */
    public Page<TeamBooking> pageForClient(UUID clientId, PageRequest page) {
        return ClientRecordPages.page(this, "bookedAt", r -> r.bookedAt, r -> r.id, clientId, page);
    }
}
