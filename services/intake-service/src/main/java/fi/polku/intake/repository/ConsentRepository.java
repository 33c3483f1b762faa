package fi.polku.intake.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.Consent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /** The client's records, oldest first. */
    public List<Consent> listForClient(UUID clientId) {
        return list("clientId", Sort.by("grantedAt").and("id"), clientId);
    }
}
