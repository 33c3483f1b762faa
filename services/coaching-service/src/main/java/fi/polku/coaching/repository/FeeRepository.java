package fi.polku.coaching.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.Fee;
import fi.polku.coaching.domain.FeeType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FeeRepository implements PanacheRepositoryBase<Fee, UUID> {

    public List<Fee> ofProviderBetween(UUID providerId, OffsetDateTime from, OffsetDateTime until) {
        return list("providerId = ?1 AND earnedAt >= ?2 AND earnedAt < ?3 ORDER BY earnedAt", providerId, from, until);
    }

    public List<Fee> ofEpisode(UUID episodeId) {
        return list("episodeId = ?1 ORDER BY earnedAt", episodeId);
    }

    /** The fee types the client has earned the provider under the contract that started on {@code contractFrom}. */
    public Set<FeeType> earnedTypes(UUID clientId, UUID providerId, LocalDate contractFrom) {
        Set<FeeType> types = EnumSet.noneOf(FeeType.class);
        list("clientId = ?1 AND providerId = ?2 AND contractFrom = ?3", clientId, providerId, contractFrom)
                .forEach(fee -> types.add(fee.type));
        return types;
    }
}
