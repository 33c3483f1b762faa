package fi.polku.caseowner.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.CareNetworkMember;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CareNetworkRepository implements PanacheRepositoryBase<CareNetworkMember, UUID> {

    /**
     * The client's memberships by first day, then when added, then id; after the key given (null: from the first).
     */
    public List<CareNetworkMember> networkOf(UUID clientId, LocalDate afterFrom, OffsetDateTime afterAdded,
            UUID afterId, int fetch) {
        if (afterFrom == null) {
            return find("clientId = ?1 order by validFrom, addedAt, id", clientId).page(0, fetch).list();
        }
        return find("""
                clientId = ?1 and (validFrom > ?2 or (validFrom = ?2 and (addedAt > ?3
                    or (addedAt = ?3 and id > ?4)))) order by validFrom, addedAt, id""",
                clientId, afterFrom, afterAdded, afterId).page(0, fetch).list();
    }
}
