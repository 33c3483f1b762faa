package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.Provider;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<Provider, UUID> {

    public java.util.Optional<Provider> findByOrganisation(String organisationId) {
        return find("organisationId", organisationId).firstResultOptional();
    }

    /** By name, then id: a stable total order for keyset paging. */
    public Page<Provider> pageByName(PageRequest page) {
        String[] after = page.afterParts(2);
        List<Provider> rows = after == null ? find("ORDER BY name, id").range(0, page.limit()).list()
                : find("name > ?1 OR (name = ?1 AND id > ?2) ORDER BY name, id", after[0], PageKey.uuid(after[1]))
                        .range(0, page.limit()).list();
        return Page.of(rows, page, p -> PageKey.of(p.name, p.id));
    }

    public List<Provider> listByName() {
        return list("ORDER BY name, id");
    }
}
