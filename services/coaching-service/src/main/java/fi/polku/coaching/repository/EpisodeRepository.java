package fi.polku.coaching.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.EpisodeStatus;
import fi.polku.coaching.domain.Phase;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EpisodeRepository implements PanacheRepositoryBase<Episode, UUID> {

    /** What a work list asks for; a null field does not filter. */
    public record Filter(UUID providerId, UUID coachId, UUID clientId, EpisodeStatus status, Phase phase) {
    }

    /**
     * A keyset page on (createdAt, id) of the episodes matching the filter, of the clients visible by
     * {@code visibility} (the platform's access condition; empty for a supervisor's view).
     */
    public Page<Episode> page(Filter filter, PageRequest page, Map<String, Object> visibility) {
        StringBuilder query = new StringBuilder("from Episode e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>(visibility);
        if (!visibility.isEmpty()) {
            query.append(" and ").append(ClientAccess.visibleClient("e.clientId"));
        }
        condition(query, parameters, "e.providerId", "provider", filter.providerId());
        condition(query, parameters, "e.coachId", "coach", filter.coachId());
        condition(query, parameters, "e.clientId", "client", filter.clientId());
        condition(query, parameters, "e.status", "status", filter.status());
        condition(query, parameters, "e.phase", "phase", filter.phase());
        String[] after = page.afterParts(2);
        if (after != null) {
            query.append(" and (e.createdAt > :afterTime or (e.createdAt = :afterTime and e.id > :afterId))");
            parameters.put("afterTime", PageKey.moment(after[0]));
            parameters.put("afterId", PageKey.uuid(after[1]));
        }
        List<Episode> rows = find(query + " order by e.createdAt, e.id", parameters).page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, e -> PageKey.of(e.createdAt, e.id));
    }

    private static void condition(StringBuilder query, Map<String, Object> parameters, String path, String name,
            Object value) {
        if (value != null) {
            query.append(" and ").append(path).append(" = :").append(name);
            parameters.put(name, value);
        }
    }

    public long activeOfCoach(UUID coachId) {
        return count("coachId = ?1 AND status = ?2", coachId, fi.polku.coaching.domain.EpisodeStatus.ACTIVE);
    }

    public List<Episode> ofClient(UUID clientId) {
        return list("clientId = ?1 ORDER BY createdAt", clientId);
    }

    public List<Episode> ofProvider(UUID providerId) {
        return list("providerId = ?1 ORDER BY createdAt", providerId);
    }

    public List<Episode> ofCoachActive(UUID coachId) {
        return list("coachId = ?1 AND status = ?2 ORDER BY startedAt", coachId,
                fi.polku.coaching.domain.EpisodeStatus.ACTIVE);
    }

    public List<Episode> waiting(UUID providerId, fi.polku.coaching.domain.EpisodeStatus status) {
        return list("providerId = ?1 AND status = ?2 ORDER BY createdAt", providerId, status);
    }

    public List<Episode> openOfClient(UUID clientId) {
        return list("clientId = ?1 AND status NOT IN ?2", clientId,
                List.of(EpisodeStatus.ENDED, EpisodeStatus.NOT_ACCEPTED));
    }

    public java.util.Optional<Episode> byReferral(UUID referralId) {
        return find("referralId", referralId).firstResultOptional();
    }
}
