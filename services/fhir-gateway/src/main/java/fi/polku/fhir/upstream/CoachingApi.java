package fi.polku.fhir.upstream;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.client.coaching.ApiClient;
import fi.polku.client.coaching.ApiException;
import fi.polku.client.coaching.api.CoachingEpisodesApi;
import fi.polku.client.coaching.api.CoachingReferralsApi;
import fi.polku.client.coaching.model.EpisodeView;
import fi.polku.client.coaching.model.PageEpisodeView;
import fi.polku.client.coaching.model.PageReferralView;
import fi.polku.client.coaching.model.ReferralView;
import fi.polku.fhir.config.OwningServicesConfig;

/**
 * coaching-service through its generated client: the referrals to a coaching provider, each with its own closed-loop
 * status, and the coaching episodes (one follows each referral; an episode referred directly has none).
 */
@ApplicationScoped
public class CoachingApi {

    private static final String SERVICE = "coaching";

    private final CoachingEpisodesApi episodes;
    private final CoachingReferralsApi referrals;

    public CoachingApi(OwningServicesConfig config) {
        ApiClient client = new ApiClient(HttpClient.newBuilder().connectTimeout(config.timeout()),
                ApiClient.createDefaultObjectMapper(), config.coaching()).setReadTimeout(config.timeout());
        this.episodes = new CoachingEpisodesApi(client);
        this.referrals = new CoachingReferralsApi(client);
    }

    /** The client's episodes, the oldest referral first. */
    public List<EpisodeView> episodes(UUID clientId, Map<String, String> caller) {
        return AllPages.collect(
                cursor -> call(() -> episodes.listEpisodes(clientId, null, cursor, AllPages.SIZE, null, null, null,
                        caller)),
                PageEpisodeView::getItems, PageEpisodeView::getNext);
    }

    public EpisodeView episode(UUID id, Map<String, String> caller) {
        return call(() -> episodes.getEpisode(id, caller));
    }

    /** The client's referrals to coaching providers, the oldest first. */
    public List<ReferralView> referrals(UUID clientId, Map<String, String> caller) {
        return AllPages.collect(
                cursor -> call(() -> referrals.listCoachingReferrals(clientId, cursor, AllPages.SIZE, null, null, null,
                        caller)),
                PageReferralView::getItems, PageReferralView::getNext);
    }

    public ReferralView referral(UUID id, Map<String, String> caller) {
        return call(() -> referrals.getCoachingReferral(id, caller));
    }

    private interface Call<T> {
        T call() throws ApiException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.call();
        } catch (ApiException e) {
            throw new UpstreamFailure(SERVICE, e.getCode(), e);
        }
    }
}
