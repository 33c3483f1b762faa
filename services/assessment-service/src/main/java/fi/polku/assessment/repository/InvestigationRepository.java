package fi.polku.assessment.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.Investigation;
import fi.polku.assessment.service.WorkListFilter;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvestigationRepository implements PanacheRepositoryBase<Investigation, UUID> {

    /** The words of an investigation requested before kinds, or none (since then they stay in intake). */
    private static final String WORDS = "coalesce(i.investigation, '')";
    private static final String ORDER = " order by i.requestedAt, " + WORDS + ", i.id";

    public List<Investigation> listForClient(UUID clientId) {
        return list("from Investigation i where i.clientId = ?1" + ORDER, clientId);
    }

    /** A page of the client's investigations by request time (key: requested at, words if any, id). */
    public Page<Investigation> pageForClient(UUID clientId, PageRequest page) {
        String[] after = page.afterParts(3);
        String ofClient = "from Investigation i where i.clientId = ?1";
        PanacheQuery<Investigation> query = after == null ? find(ofClient + ORDER, clientId)
                : find(ofClient + " and (i.requestedAt > ?2 or (i.requestedAt = ?2 and (" + WORDS + " > ?3 or ("
                        + WORDS + " = ?3 and i.id > ?4))))" + ORDER, clientId, PageKey.moment(after[0]), after[1],
                        PageKey.uuid(after[2]));
        return Page.of(query.range(0, page.fetchSize() - 1).list(), page,
                i -> PageKey.of(i.requestedAt, i.investigation, i.id));
    }

    /**
     * A page of the pending investigations the teams' open assessments wait on (those of the same intake booking),
     * of the clients the caller may see, by request time (key as the client's list).
     */
    public Page<Investigation> pageWaitingOnTeams(Collection<UUID> teamIds, Map<String, Object> visibility,
            PageRequest page) {
        StringBuilder where = new StringBuilder("i.status = :pending and exists (from Assessment a where "
                + "a.bookingId = i.bookingId and a.teamId in :teams and a.status in :open) and ")
                .append(ClientAccess.visibleClient("i.clientId"));
        Map<String, Object> parameters = new HashMap<>(visibility);
        parameters.put("pending", Investigation.Status.PENDING);
        parameters.put("teams", List.copyOf(teamIds));
        parameters.put("open", List.copyOf(WorkListFilter.OPEN));
        String[] after = page.afterParts(3);
        if (after != null) {
            where.append(" and (i.requestedAt > :afterTime or (i.requestedAt = :afterTime and (" + WORDS + " > "
                    + ":afterName or (" + WORDS + " = :afterName and i.id > :afterId))))");
            parameters.put("afterTime", PageKey.moment(after[0]));
            parameters.put("afterName", after[1]);
            parameters.put("afterId", PageKey.uuid(after[2]));
        }
        List<Investigation> rows = find("from Investigation i where " + where + ORDER, parameters)
                .range(0, page.fetchSize() - 1).list();
        return Page.of(rows, page, i -> PageKey.of(i.requestedAt, i.investigation, i.id));
    }
}
