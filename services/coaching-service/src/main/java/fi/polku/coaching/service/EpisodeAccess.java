package fi.polku.coaching.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.repository.EpisodeRepository;
import fi.polku.coaching.repository.ProviderRepository;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;

/**
 * Who may see a client's coaching: a provider's coaches (token role job-coach, {@code org} = the provider's business
 * ID) only while a valid consent of the client covers the provider, checked on every request so that a withdrawal
 * takes effect at once; the county's own professionals who refer clients (case owners, intake workers, work-ability
 * team members) may follow the episode. Every access is written to the access log.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EpisodeAccess {

    private final EpisodeRepository episodes;
    private final ProviderRepository providers;
    private final ConsentService consents;
    private final Caller caller;
    private final AccessLog accessLog;

    public EpisodeAccess(EpisodeRepository episodes, ProviderRepository providers, ConsentService consents,
            Caller caller, AccessLog accessLog) {
        this.episodes = episodes;
        this.providers = providers;
        this.consents = consents;
        this.caller = caller;
        this.accessLog = accessLog;
    }

    public Episode episode(UUID episodeId, String action) {
        Episode episode = episodes.findByIdOptional(episodeId)
                .orElseThrow(() -> ProblemException.notFound("Coaching episode", episodeId));
        if (isCountyProfessional()) {
            accessLog.record(episode.clientId, action);
            return episode;
        }
        requireProviderCoach(episode.clientId, episode.providerId, action);
        return episode;
    }

    /** For a coach's work on a client of their provider, e.g. an employer contact made for the client. */
    public void requireProviderCoach(UUID clientId, UUID providerId, String action) {
        Provider provider = providerId == null ? null : providers.findById(providerId);
        boolean allowed = provider != null && caller.hasRole(Roles.JOB_COACH)
                && provider.organisationId.equals(caller.organisation())
                && consents.coversNow(clientId, provider.organisationId);
        if (!allowed) {
            accessLog.recordDenied(clientId, action);
            throw ProblemException.forbidden("The client's data is available to a coaching provider's coaches only"
                    + " while the client's valid consent covers the provider");
        }
        accessLog.record(clientId, action);
    }

    /** A referral: anyone may refer (zero exclusion); a coach refers to their own provider only. */
    public UUID referralProvider(UUID clientId, UUID requestedProviderId) {
        if (caller.hasRole(Roles.JOB_COACH) && !isCountyProfessional() && !caller.hasRole(Roles.COORDINATOR)) {
            Provider own = providers.findByOrganisation(caller.organisation()).orElseThrow(() ->
                    ProblemException.forbidden("The caller's organisation is not a registered coaching provider"));
            if (requestedProviderId != null && !requestedProviderId.equals(own.id)) {
                throw ProblemException.forbidden("A coach refers clients to their own provider only");
            }
            accessLog.record(clientId, "refer to coaching");
            return own.id;
        }
        accessLog.record(clientId, "refer to coaching");
        return requestedProviderId;
    }

    /** For a coach's work lists: whether the consent lets the provider's coaches see the client today. */
    public boolean consentCovers(UUID clientId, Provider provider) {
        return consents.coversNow(clientId, provider.organisationId);
    }

    public void record(UUID clientId, String action) {
        accessLog.record(clientId, action);
    }

    public void requireOwnProvider(Provider provider) {
        if (caller.hasRole(Roles.JOB_COACH) && !caller.hasRole(Roles.COORDINATOR)
                && !provider.organisationId.equals(caller.organisation())) {
            throw ProblemException.forbidden("A coach sees only their own provider");
        }
    }

    private boolean isCountyProfessional() {
        return caller.hasRole(Roles.CASE_OWNER) || caller.hasRole(Roles.INTAKE_WORKER)
                || caller.hasRole(Roles.TEAM_MEMBER);
    }
}
