package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.Fee;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FeeRepository implements PanacheRepositoryBase<Fee, UUID> {

    public List<Fee> ofProviderBetween(UUID providerId, java.time.OffsetDateTime from, java.time.OffsetDateTime until) {
        return list("providerId = ?1 AND earnedAt >= ?2 AND earnedAt < ?3 ORDER BY earnedAt", providerId, from, until);
    }

    public List<Fee> ofEpisode(UUID episodeId) {
        return list("episodeId = ?1 ORDER BY earnedAt", episodeId);
    }
}
