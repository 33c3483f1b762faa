package fi.polku.fhir.upstream;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.client.intake.ApiClient;
import fi.polku.client.intake.ApiException;
import fi.polku.client.intake.api.AccessLogApi;
import fi.polku.client.intake.api.ClientsApi;
import fi.polku.client.intake.api.ConsentsApi;
import fi.polku.client.intake.api.TeamBookingsApi;
import fi.polku.client.intake.model.AccessLogEntry;
import fi.polku.client.intake.model.ClientView;
import fi.polku.client.intake.model.ConsentView;
import fi.polku.client.intake.model.IdentityCodeQuery;
import fi.polku.client.intake.model.PageAccessLogEntry;
import fi.polku.client.intake.model.PageConsentView;
import fi.polku.client.intake.model.PageTeamBookingView;
import fi.polku.client.intake.model.TeamBookingView;
import fi.polku.fhir.config.OwningServicesConfig;

/**
 * intake-service through its generated client: the client register, consents, the access log and the
 * coordinations to the work-ability team.
 */
@ApplicationScoped
public class IntakeApi {

    private static final String SERVICE = "intake";

    private final ClientsApi clients;
    private final ConsentsApi consents;
    private final AccessLogApi accessLog;
    private final TeamBookingsApi teamBookings;

    public IntakeApi(OwningServicesConfig config) {
        ApiClient client = new ApiClient(HttpClient.newBuilder().connectTimeout(config.timeout()),
                ApiClient.createDefaultObjectMapper(), config.intake()).setReadTimeout(config.timeout());
        this.clients = new ClientsApi(client);
        this.consents = new ConsentsApi(client);
        this.accessLog = new AccessLogApi(client);
        this.teamBookings = new TeamBookingsApi(client);
    }

    /** Every team booking of the client, oldest first. */
    public List<TeamBookingView> teamBookings(UUID clientId, Map<String, String> caller) {
        return AllPages.collect(
                cursor -> call(() -> teamBookings.listTeamBookings(clientId, cursor, AllPages.SIZE, caller)),
                PageTeamBookingView::getItems, PageTeamBookingView::getNext);
    }

    public TeamBookingView teamBooking(UUID clientId, UUID bookingId, Map<String, String> caller) {
        return call(() -> teamBookings.getTeamBooking(clientId, bookingId, caller));
    }

    public ClientView client(UUID clientId, Map<String, String> caller) {
        return call(() -> clients.getClient(clientId, caller));
    }

    /** The code travels in the request body, never in a URL. */
    public UUID clientIdByIdentityCode(String identityCode, Map<String, String> caller) {
        return call(() -> clients.searchClients(new IdentityCodeQuery().identityCode(identityCode), caller))
                .getClientId();
    }

    public ConsentView consent(UUID clientId, UUID consentId, Map<String, String> caller) {
        return call(() -> consents.getConsent(clientId, consentId, null, caller));
    }

    public PageConsentView consents(UUID clientId, String cursor, int limit, Map<String, String> caller) {
        return call(() -> consents.listConsents(clientId, cursor, limit, caller));
    }

    public PageAccessLogEntry accessLog(UUID clientId, String cursor, int limit, Map<String, String> caller) {
        return call(() -> accessLog.getAccessLog(clientId, cursor, null, limit, null, null, null, caller));
    }

    /**
     * One entry of the client's log, empty when the log has none of that id. intake reads its log only page by page,
     * oldest first, so the pages are followed (the largest pages, the fewest calls; each read is logged in intake)
     * until the entry is found or the log ends.
     */
    public Optional<AccessLogEntry> accessLogEntry(UUID clientId, UUID entryId, Map<String, String> caller) {
        String cursor = null;
        do {
            PageAccessLogEntry page = accessLog(clientId, cursor, AllPages.SIZE, caller);
            Optional<AccessLogEntry> found = page.getItems().stream().filter(entry -> entryId.equals(entry.getId()))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
            cursor = page.getNext();
        } while (cursor != null);
        return Optional.empty();
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
