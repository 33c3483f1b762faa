package fi.polku.system;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.function.Consumer;

import fi.polku.testkit.Tokens;
import fi.polku.testkit.system.PolkuService;

/**
 * The clients generated from the committed OpenAPI specs (libs/api-clients), pointed at the running system with a
 * bearer token, as a partner's integration would use them.
 */
final class GeneratedClients {

    private GeneratedClients() {
    }

    static fi.polku.client.intake.ApiClient intake(String role) {
        return new fi.polku.client.intake.ApiClient(HttpClient.newBuilder(),
                fi.polku.client.intake.ApiClient.createDefaultObjectMapper(), url(PolkuService.INTAKE))
                .setRequestInterceptor(bearer(role));
    }

    static fi.polku.client.caseowner.ApiClient caseOwner(String role) {
        return new fi.polku.client.caseowner.ApiClient(HttpClient.newBuilder(),
                fi.polku.client.caseowner.ApiClient.createDefaultObjectMapper(), url(PolkuService.CASE_OWNER))
                .setRequestInterceptor(bearer(role));
    }

    static fi.polku.client.reporting.ApiClient reporting(String role) {
        return new fi.polku.client.reporting.ApiClient(HttpClient.newBuilder(),
                fi.polku.client.reporting.ApiClient.createDefaultObjectMapper(), url(PolkuService.REPORTING))
                .setRequestInterceptor(bearer(role));
    }

    private static String url(PolkuService service) {
        return RunningSystem.system().url(service);
    }

    private static Consumer<HttpRequest.Builder> bearer(String role) {
        String token = Tokens.token(role);
        return request -> request.header("Authorization", "Bearer " + token);
    }
}
