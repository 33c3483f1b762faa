package fi.polku.fhir.upstream;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.client.assessment.ApiClient;
import fi.polku.client.assessment.ApiException;
import fi.polku.client.assessment.api.ClientPlansAndTrendsApi;
import fi.polku.client.assessment.model.ActivationPlanView;
import fi.polku.client.assessment.model.ImplementationPlanView;
import fi.polku.client.assessment.model.PageActivationPlanView;
import fi.polku.client.assessment.model.PageImplementationPlanView;
import fi.polku.fhir.config.OwningServicesConfig;

/** assessment-service through its generated client: the client's activation and implementation plans. */
@ApplicationScoped
public class AssessmentApi {

    private static final String SERVICE = "assessment";
    private static final int PAGE = 200;

    private final ClientPlansAndTrendsApi plans;

    public AssessmentApi(OwningServicesConfig config) {
        ApiClient client = new ApiClient(HttpClient.newBuilder().connectTimeout(config.timeout()),
                ApiClient.createDefaultObjectMapper(), config.assessment()).setReadTimeout(config.timeout());
        this.plans = new ClientPlansAndTrendsApi(client);
    }

    /** Every version, newest first (the first is the current plan). */
    public List<ActivationPlanView> activationPlans(UUID clientId, Map<String, String> caller) {
        List<ActivationPlanView> all = new ArrayList<>();
        String cursor = null;
        do {
            String page = cursor;
            PageActivationPlanView found = call(() -> plans.listActivationPlanVersions(clientId, page, PAGE, caller));
            all.addAll(found.getItems());
            cursor = found.getNext();
        } while (cursor != null);
        return all;
    }

    /** Every version, newest first (the first is the current plan). */
    public List<ImplementationPlanView> implementationPlans(UUID clientId, Map<String, String> caller) {
        List<ImplementationPlanView> all = new ArrayList<>();
        String cursor = null;
        do {
            String page = cursor;
            PageImplementationPlanView found = call(
                    () -> plans.listImplementationPlanVersions(clientId, page, PAGE, caller));
            all.addAll(found.getItems());
            cursor = found.getNext();
        } while (cursor != null);
        return all;
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
