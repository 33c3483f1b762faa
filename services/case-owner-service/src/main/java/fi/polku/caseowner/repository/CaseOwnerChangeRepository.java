package fi.polku.caseowner.repository;

import java.util.ArrayList;
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

    /** Everyone who has owned the client, the most recent first. */
    public List<UUID> earlierOwnersOf(UUID clientId) {
        List<CaseOwnerChange> newestFirst = list("clientId = ?1 order by changedAt desc, id desc", clientId);
        List<UUID> owners = new ArrayList<>();
        for (CaseOwnerChange change : newestFirst) {
            if (change.toProfessionalId != null && !owners.contains(change.toProfessionalId)) {
                owners.add(change.toProfessionalId);
            }
        }
        return owners;
    }
}
