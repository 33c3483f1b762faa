package fi.polku.intake.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.TeamBooking;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TeamBookingRepository implements PanacheRepositoryBase<TeamBooking, UUID> {

    /** The client's records, oldest first. */
    public List<TeamBooking> listForClient(UUID clientId) {
        return list("clientId", Sort.by("bookedAt").and("id"), clientId);
    }
}
