package fi.polku.caseowner.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.CoachingEpisode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CoachingEpisodeRepository implements PanacheRepositoryBase<CoachingEpisode, UUID> {
}
