package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.Meeting;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    public List<Meeting> ofEpisode(UUID episodeId) {
        return list("episodeId = ?1 ORDER BY date, createdAt", episodeId);
    }

    public List<Meeting> ofEpisodes(List<UUID> episodeIds) {
        return episodeIds.isEmpty() ? List.of() : list("episodeId IN ?1 ORDER BY date", episodeIds);
    }
}
