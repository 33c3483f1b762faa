package fi.polku.caseowner.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.CaseOwnerChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseOwnerChangeRepository implements PanacheRepositoryBase<CaseOwnerChange, UUID> {

    public List<CaseOwnerChange> historyOf(UUID clientId) {
        return list("clientId = ?1 order by changedAt, id", clientId);
    }
}
