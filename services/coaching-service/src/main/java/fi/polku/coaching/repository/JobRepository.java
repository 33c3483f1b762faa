package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.Job;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class JobRepository implements PanacheRepositoryBase<Job, UUID> {

    public List<Job> ofEpisode(UUID episodeId) {
        return list("episodeId = ?1 ORDER BY startDate, createdAt", episodeId);
    }

    public List<Job> ofEpisodes(List<UUID> episodeIds) {
        return episodeIds.isEmpty() ? List.of() : list("episodeId IN ?1 ORDER BY startDate", episodeIds);
    }
}
