package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.PhaseChange;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PhaseChangeRepository implements PanacheRepositoryBase<PhaseChange, UUID> {

    /** Oldest first, by change time and id: a stable total order for keyset paging. */
    public Page<PhaseChange> pageOfEpisode(UUID episodeId, PageRequest page) {
        String[] after = page.afterParts(2);
        List<PhaseChange> rows = after == null
                ? find("episodeId = ?1 ORDER BY changedAt, id", episodeId).range(0, page.limit()).list()
                : find("episodeId = ?1 AND (changedAt > ?2 OR (changedAt = ?2 AND id > ?3)) ORDER BY changedAt, id",
                        episodeId, PageKey.moment(after[0]), PageKey.uuid(after[1])).range(0, page.limit()).list();
        return Page.of(rows, page, c -> PageKey.of(c.changedAt, c.id));
    }

    public List<PhaseChange> ofEpisode(UUID episodeId) {
        return list("episodeId = ?1 ORDER BY changedAt", episodeId);
    }

    public List<PhaseChange> ofEpisodes(List<UUID> episodeIds) {
        return episodeIds.isEmpty() ? List.of() : list("episodeId IN ?1 ORDER BY changedAt, id", episodeIds);
    }
}
