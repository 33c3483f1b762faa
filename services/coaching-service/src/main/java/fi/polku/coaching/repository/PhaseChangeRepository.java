package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.PhaseChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PhaseChangeRepository implements PanacheRepositoryBase<PhaseChange, UUID> {

    public List<PhaseChange> ofEpisode(UUID episodeId) {
        return list("episodeId = ?1 ORDER BY changedAt", episodeId);
    }
}
