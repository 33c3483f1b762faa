package fi.polku.caseowner.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.CaseOwnerChange;
import fi.polku.caseowner.service.AssignmentService;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseOwnerChangeRepository implements PanacheRepositoryBase<CaseOwnerChange, UUID> {

    /** The client's changes oldest first (ties by id), after the moment and id given (null: from the first). */
    public List<CaseOwnerChange> historyOf(UUID clientId, OffsetDateTime afterTime, UUID afterId, int fetch) {
        if (afterTime == null) {
            return find("clientId = ?1 order by changedAt, id", clientId).page(0, fetch).list();
        }
        return find("clientId = ?1 and (changedAt > ?2 or (changedAt = ?2 and id > ?3)) order by changedAt, id",
                clientId, afterTime, afterId).page(0, fetch).list();
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

    /** Whether a person (not the automatic rules) changed the client's case owner after the moment. */
    public boolean setByHandSince(UUID clientId, OffsetDateTime since) {
        return count("clientId = ?1 and changedAt > ?2 and changedBy <> ?3", clientId, since,
                AssignmentService.SYSTEM) > 0;
    }
}
