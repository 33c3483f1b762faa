package fi.polku.fhir.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;

import fi.polku.client.intake.model.PageConsentView;
import fi.polku.fhir.mapping.ConsentMapper;
import fi.polku.fhir.service.Searchsets;
import fi.polku.fhir.upstream.CallerToken;
import fi.polku.fhir.upstream.IntakeApi;
import fi.polku.fhir.upstream.UpstreamFailure;
import io.quarkus.security.Authenticated;

/**
 * Consent: the client's consents in intake, searched by patient (paged, oldest first) or by patient and {@code _id}.
 * intake finds a consent only under its client, so there is no read by the consent's id alone.
 */
@Path("/fhir/R4/Consent")
@Authenticated
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class ConsentResource {

    private final IntakeApi intake;
    private final ConsentMapper mapper;
    private final CallerToken caller;

    public ConsentResource(IntakeApi intake, ConsentMapper mapper, CallerToken caller) {
        this.intake = intake;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    public Bundle search(@QueryParam("patient") String patient, @QueryParam("_id") String id,
            @QueryParam("_count") Integer count, @QueryParam("_page") String page, @Context UriInfo uri) {
        UUID clientId = SearchParameters.patient(patient);
        String base = FhirBase.of(uri);
        if (id != null) {
            UUID consentId = SearchParameters.id("_id", id);
            String self = "Consent?patient=" + clientId + "&_id=" + consentId;
            try {
                return Searchsets.complete(base, self,
                        List.of(mapper.toConsent(intake.consent(clientId, consentId, caller.headers()))));
            } catch (UpstreamFailure failure) {
                if (failure.status() != 404) {
                    throw failure;
                }
                return Searchsets.complete(base, self, List.of());
            }
        }
        int limit = SearchParameters.count(count);
        PageConsentView consents = intake.consents(clientId, SearchParameters.page(page), limit, caller.headers());
        String query = "Consent?patient=" + clientId + "&_count=" + limit;
        return Searchsets.page(base, page == null ? query : query + "&_page=" + page,
                consents.getItems().stream().map(mapper::toConsent).toList(),
                consents.getNext() == null ? null : query + "&_page=" + consents.getNext());
    }
}
