package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.Coach;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CoachRepository implements PanacheRepositoryBase<Coach, UUID> {

    /** By name, then id: a stable total order for keyset paging. */
    public Page<Coach> pageOfProvider(UUID providerId, PageRequest page) {
        String[] after = page.afterParts(2);
        List<Coach> rows = after == null
                ? find("providerId = ?1 ORDER BY name, id", providerId).range(0, page.limit()).list()
                : find("providerId = ?1 AND (name > ?2 OR (name = ?2 AND id > ?3)) ORDER BY name, id", providerId,
                        after[0], PageKey.uuid(after[1])).range(0, page.limit()).list();
        return Page.of(rows, page, c -> PageKey.of(c.name, c.id));
    }

    public java.util.Optional<Coach> byUser(UUID providerId, String userId) {
        return find("providerId = ?1 AND userId = ?2", providerId, userId).firstResultOptional();
    }

    public List<Coach> ofProvider(UUID providerId) {
        return list("providerId = ?1 ORDER BY name, id", providerId);
    }
}
