package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.EpisodeOutcome;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EpisodeOutcomeRepository implements PanacheRepositoryBase<EpisodeOutcome, UUID> {

    /** By outcome date, then recording time and id: a stable total order for keyset paging. */
    public Page<EpisodeOutcome> pageOfEpisode(UUID episodeId, PageRequest page) {
        String[] after = page.afterParts(3);
        List<EpisodeOutcome> rows = after == null
                ? find("episodeId = ?1 ORDER BY date, createdAt, id", episodeId).range(0, page.limit()).list()
                : find("episodeId = ?1 AND (date > ?2 OR (date = ?2 AND (createdAt > ?3"
                        + " OR (createdAt = ?3 AND id > ?4)))) ORDER BY date, createdAt, id", episodeId,
                        Keyset.date(after[0]), PageKey.moment(after[1]), PageKey.uuid(after[2]))
                        .range(0, page.limit()).list();
        return Page.of(rows, page, o -> PageKey.of(o.date, o.createdAt, o.id));
    }
}
