package fi.polku.coaching.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.repository.EpisodeRepository;
import fi.polku.coaching.repository.ProviderRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;

/**
 * Who may see a client's coaching: the platform's rule (care relationship, the client's valid consent naming the
 * caller's organisation, or emergency access), checked on every request so that a withdrawal takes effect at once.
 * A provider's coach (role job-coach, {@code org} = the provider's business ID) works only on their own provider's
 * episodes. Every access and every refusal is written to the access log.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EpisodeAccess {

    private final EpisodeRepository episodes;
    private final ProviderRepository providers;
    private final ClientAccess access;
    private final AccessLog accessLog;
    private final Caller caller;

    public EpisodeAccess(EpisodeRepository episodes, ProviderRepository providers, ClientAccess access,
            AccessLog accessLog, Caller caller) {
        this.episodes = episodes;
        this.providers = providers;
        this.access = access;
        this.accessLog = accessLog;
        this.caller = caller;
    }

    public Episode episode(UUID episodeId, String action) {
        Episode episode = episodes.findByIdOptional(episodeId)
                .orElseThrow(() -> ProblemException.notFound("Coaching episode", episodeId));
        requireProviderCoach(episode.clientId, episode.providerId, action);
        return episode;
    }

    /** For work on a client of a provider: a provider's coach only for their own provider's clients. */
    public void requireProviderCoach(UUID clientId, UUID providerId, String action) {
        if (isProviderCoach()) {
            Provider provider = providerId == null ? null : providers.findById(providerId);
            if (provider == null || !provider.organisationId.equals(caller.organisation())) {
                accessLog.recordDenied(clientId, action);
                throw ProblemException.forbidden("A coach works only with their own provider's clients");
            }
        }
        access.require(clientId, action);
    }

    /** A referral: a coach refers to their own provider only. */
    public UUID referralProvider(UUID clientId, UUID requestedProviderId) {
        if (isProviderCoach()) {
            Provider own = providers.findByOrganisation(caller.organisation()).orElseThrow(() ->
                    ProblemException.forbidden("The caller's organisation is not a registered coaching provider"));
            if (requestedProviderId != null && !requestedProviderId.equals(own.id)) {
                throw ProblemException.forbidden("A coach refers clients to their own provider only");
            }
            access.require(clientId, "refer to coaching");
            return own.id;
        }
        access.require(clientId, "refer to coaching");
        return requestedProviderId;
    }

    /** For a work list: whether the client appears in it for the caller (logged if so). */
    public boolean listed(UUID clientId, String action) {
        return access.listed(clientId, action);
    }

    /** For a provider's invoicing check: a coordinator supervising the contract sees every client. */
    public boolean listedOrSupervised(UUID clientId, String action) {
        return access.listedOrSupervised(clientId, action);
    }

    public void requireOwnProvider(Provider provider) {
        if (isProviderCoach() && !provider.organisationId.equals(caller.organisation())) {
            throw ProblemException.forbidden("A coach sees only their own provider");
        }
    }

    private boolean isProviderCoach() {
        return caller.hasRole(Roles.JOB_COACH) && !caller.hasRole(Roles.COORDINATOR);
    }
}
