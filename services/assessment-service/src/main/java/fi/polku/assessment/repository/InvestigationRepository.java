package fi.polku.assessment.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.Investigation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InvestigationRepository implements PanacheRepositoryBase<Investigation, UUID> {

    public List<Investigation> listForClient(UUID clientId) {
        return list("clientId", Sort.by("requestedAt").and("investigation"), clientId);
    }
}
