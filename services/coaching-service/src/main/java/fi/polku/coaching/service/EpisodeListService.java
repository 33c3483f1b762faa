package fi.polku.coaching.service;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.repository.CoachRepository;
import fi.polku.coaching.repository.EpisodeRepository;
import fi.polku.coaching.repository.ProviderRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;

/**
 * Work lists of episodes: a provider's, a coach's own caseload ({@code me}), a client's. Only clients the caller has
 * a basis for appear (the platform's condition inside the query, so pages hold no others), each appearance logged;
 * a coordinator supervising the providers sees every episode, waiting referrals included. A provider's coach lists
 * only their own provider's episodes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EpisodeListService {

    public static final String ME = "me";

    public record Query(UUID providerId, String coach, UUID clientId, EpisodeRepository.Filter states) {
    }

    private final EpisodeRepository episodes;
    private final ProviderRepository providers;
    private final CoachRepository coaches;
    private final ClientAccess access;
    private final Caller caller;

    public EpisodeListService(EpisodeRepository episodes, ProviderRepository providers, CoachRepository coaches,
            ClientAccess access, Caller caller) {
        this.episodes = episodes;
        this.providers = providers;
        this.coaches = coaches;
        this.access = access;
        this.caller = caller;
    }

    public Page<Episode> list(Query query, PageRequest page) {
        boolean supervisor = caller.hasRole(Roles.COORDINATOR);
        UUID providerId = query.providerId();
        if (caller.hasRole(Roles.JOB_COACH) && !supervisor) {
            Provider own = providers.findByOrganisation(caller.organisation()).orElseThrow(() ->
                    ProblemException.forbidden("The caller's organisation is not a registered coaching provider"));
            if (providerId != null && !providerId.equals(own.id)) {
                throw ProblemException.forbidden("A coach lists only their own provider's episodes");
            }
            providerId = own.id;
        }
        if (query.clientId() != null && !supervisor) {
            access.require(query.clientId(), "list coaching episodes of client");
        }
        EpisodeRepository.Filter filter = new EpisodeRepository.Filter(providerId, coachId(query.coach(), providerId),
                query.clientId(), query.states().status(), query.states().phase());
        Map<String, Object> visibility = supervisor ? Map.of() : access.visibilityParameters();
        Page<Episode> found = episodes.page(filter, page, visibility);
        found.items().forEach(e -> access.listedOrSupervised(e.clientId, "list coaching episodes"));
        return found;
    }

    /** {@code me}: the caller's own coach record, found by the token's subject within their provider. */
    private UUID coachId(String coach, UUID providerId) {
        if (coach == null) {
            return null;
        }
        if (!ME.equals(coach)) {
            return UUID.fromString(coach);
        }
        if (providerId == null) {
            throw ProblemException.invalidField("coachId", "`me` is for a provider's coach");
        }
        return coaches.byUser(providerId, caller.subject()).map(c -> c.id).orElseThrow(() ->
                ProblemException.invalidField("coachId", "`me`: the caller is not a registered coach of the provider"
                        + " (the coach's userId must be the token's subject)"));
    }
}
