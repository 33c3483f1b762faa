package fi.polku.fhir.upstream;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.client.caseowner.ApiClient;
import fi.polku.client.caseowner.ApiException;
import fi.polku.client.caseowner.api.ClientshipApi;
import fi.polku.client.caseowner.model.CaseOwnerView;
import fi.polku.client.caseowner.model.PageNetworkMemberView;
import fi.polku.fhir.config.OwningServicesConfig;

/** case-owner-service through its generated client: the clientship with its case owner, and the care network. */
@ApplicationScoped
public class CaseOwnerApi {

    private static final String SERVICE = "case-owner";

    private final fi.polku.client.caseowner.api.CaseOwnerApi caseOwners;
    private final ClientshipApi clientship;

    public CaseOwnerApi(OwningServicesConfig config) {
        ApiClient client = new ApiClient(HttpClient.newBuilder().connectTimeout(config.timeout()),
                ApiClient.createDefaultObjectMapper(), config.caseOwner()).setReadTimeout(config.timeout());
        this.caseOwners = new fi.polku.client.caseowner.api.CaseOwnerApi(client);
        this.clientship = new ClientshipApi(client);
    }

    public CaseOwnerView caseOwner(UUID clientId, Map<String, String> caller) {
        return call(() -> caseOwners.getClientCaseOwner(clientId, caller));
    }

    public PageNetworkMemberView careNetwork(UUID clientId, String cursor, int limit, Map<String, String> caller) {
        return call(() -> clientship.listCareNetwork(clientId, cursor, limit, caller));
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
