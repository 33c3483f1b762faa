package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.VocationalProfile;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VocationalProfileRepository implements PanacheRepositoryBase<VocationalProfile, UUID> {

    public List<VocationalProfile> ofEpisodes(List<UUID> episodeIds) {
        return episodeIds.isEmpty() ? List.of() : list("episodeId IN ?1", episodeIds);
    }
}
