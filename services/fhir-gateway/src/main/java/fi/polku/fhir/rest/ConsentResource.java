package fi.polku.fhir.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;

import fi.polku.client.intake.model.PageConsentView;
import fi.polku.fhir.mapping.ConsentMapper;
import fi.polku.fhir.mapping.UuidPair;
import fi.polku.fhir.service.NonDisclosureLabels;
import fi.polku.fhir.service.Searchsets;
import fi.polku.fhir.upstream.CallerToken;
import fi.polku.fhir.upstream.IntakeApi;
import fi.polku.fhir.upstream.UpstreamFailure;
import io.quarkus.security.Authenticated;

/**
 * Consent: the client's consents in intake, read by id (client and consent in one, as intake finds a consent only
 * under its client), searched by patient (paged, oldest first) or by patient and {@code _id}.
 */
@Path("/fhir/R4/Consent")
@Authenticated
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class ConsentResource {

    private final IntakeApi intake;
    private final ConsentMapper mapper;
    private final NonDisclosureLabels labels;
    private final CallerToken caller;

    public ConsentResource(IntakeApi intake, ConsentMapper mapper, NonDisclosureLabels labels, CallerToken caller) {
        this.intake = intake;
        this.mapper = mapper;
        this.labels = labels;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    public Consent read(@PathParam("id") String id) {
        UuidPair consent = SearchParameters.pair("id", id);
        labels.lookUp(consent.first());
        return labels.label(mapper.toConsent(intake.consent(consent.first(), consent.second(), caller.headers())),
                consent.first());
    }

    @GET
    public Bundle search(@QueryParam("patient") String patient, @QueryParam("_id") String id,
            @QueryParam("_count") Integer count, @QueryParam("_page") String page, @Context UriInfo uri) {
        UUID clientId = SearchParameters.patient(patient);
        String base = FhirBase.of(uri);
        labels.lookUp(clientId);
        if (id != null) {
            UuidPair consent = SearchParameters.pair("_id", id);
            String self = "Consent?patient=" + clientId + "&_id=" + consent.id();
            if (!consent.first().equals(clientId)) {
                return Searchsets.complete(base, self, List.of());
            }
            try {
                return Searchsets.complete(base, self, labels.label(
                        List.of(mapper.toConsent(intake.consent(clientId, consent.second(), caller.headers()))),
                        clientId));
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
                labels.label(consents.getItems().stream().map(mapper::toConsent).toList(), clientId),
                consents.getNext() == null ? null : query + "&_page=" + consents.getNext());
    }
}
