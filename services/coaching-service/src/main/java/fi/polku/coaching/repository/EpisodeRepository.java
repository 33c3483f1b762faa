package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.Episode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EpisodeRepository implements PanacheRepositoryBase<Episode, UUID> {

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
        return list("clientId = ?1 AND status <> ?2", clientId, fi.polku.coaching.domain.EpisodeStatus.ENDED);
    }

    public java.util.Optional<Episode> byReferral(UUID referralId) {
        return find("referralId", referralId).firstResultOptional();
    }
}
