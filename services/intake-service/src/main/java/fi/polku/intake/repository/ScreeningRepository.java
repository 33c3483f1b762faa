package fi.polku.intake.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.Screening;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ScreeningRepository implements PanacheRepositoryBase<Screening, UUID> {

    /** The client's records, oldest first. */
    public List<Screening> listForClient(UUID clientId) {
        return list("clientId", Sort.by("completedAt").and("id"), clientId);
    }
}
