package fi.polku.assessment.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.Investigation;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InvestigationRepository implements PanacheRepositoryBase<Investigation, UUID> {

    private static final Sort ORDER = Sort.by("requestedAt").and("investigation").and("id");

    public List<Investigation> listForClient(UUID clientId) {
        return list("clientId", ORDER, clientId);
    }

    /** A page of the client's investigations by request time (key: requested at, investigation, id). */
    public Page<Investigation> pageForClient(UUID clientId, PageRequest page) {
        String[] after = page.afterParts(3);
        PanacheQuery<Investigation> query = after == null ? find("clientId = ?1", ORDER, clientId)
                : find("clientId = ?1 and (requestedAt > ?2 or (requestedAt = ?2 and (investigation > ?3 "
                        + "or (investigation = ?3 and id > ?4))))", ORDER, clientId, PageKey.moment(after[0]),
                        after[1], PageKey.uuid(after[2]));
        return Page.of(query.range(0, page.fetchSize() - 1).list(), page,
                i -> PageKey.of(i.requestedAt, i.investigation, i.id));
    }
}
