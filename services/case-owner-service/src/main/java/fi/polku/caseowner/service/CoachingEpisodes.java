package fi.polku.caseowner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.CoachingEpisode;
import fi.polku.caseowner.messaging.CoachingEpisodeChanged;
import fi.polku.caseowner.repository.CoachingEpisodeRepository;

/** Keeps the coaching episodes coaching's events tell of: the sending coach's basis for a referral back. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CoachingEpisodes {

    private final CoachingEpisodeRepository episodes;

    public CoachingEpisodes(CoachingEpisodeRepository episodes) {
        this.episodes = episodes;
    }

    public void onStarted(CoachingEpisodeChanged started) {
        if (started.providerOrganisation() == null || episodes.findByIdOptional(started.episodeId()).isPresent()) {
            return;
        }
        CoachingEpisode episode = new CoachingEpisode();
        episode.episodeId = started.episodeId();
        episode.clientId = started.clientId();
        episode.providerOrganisation = started.providerOrganisation();
        episode.startedAt = started.startedAt();
        episodes.persist(episode);
    }

    public void onEnded(CoachingEpisodeChanged ended) {
        episodes.findByIdOptional(ended.episodeId()).ifPresent(episode -> episode.endedAt = ended.endedAt());
    }
}
