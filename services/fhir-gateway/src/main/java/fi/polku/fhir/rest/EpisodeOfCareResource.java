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
import org.hl7.fhir.r4.model.EpisodeOfCare;

import fi.polku.fhir.mapping.EpisodeOfCareMapper;
import fi.polku.fhir.service.NonDisclosureLabels;
import fi.polku.fhir.service.Searchsets;
import fi.polku.fhir.upstream.CallerToken;
import fi.polku.fhir.upstream.CaseOwnerApi;
import fi.polku.fhir.upstream.UpstreamFailure;
import io.quarkus.security.Authenticated;

/** EpisodeOfCare: the clientship in case-owner, one per client, its id the client's. */
@Path("/fhir/R4/EpisodeOfCare")
@Authenticated
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class EpisodeOfCareResource {

    private final CaseOwnerApi caseOwner;
    private final EpisodeOfCareMapper mapper;
    private final NonDisclosureLabels labels;
    private final CallerToken caller;

    public EpisodeOfCareResource(CaseOwnerApi caseOwner, EpisodeOfCareMapper mapper, NonDisclosureLabels labels,
            CallerToken caller) {
        this.caseOwner = caseOwner;
        this.mapper = mapper;
        this.labels = labels;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    public EpisodeOfCare read(@PathParam("id") String id) {
        UUID clientId = SearchParameters.id("id", id);
        labels.lookUp(clientId);
        return labels.label(mapper.toEpisodeOfCare(caseOwner.caseOwner(clientId, caller.headers())), clientId);
    }

    @GET
    public Bundle search(@QueryParam("patient") String patient, @Context UriInfo uri) {
        UUID clientId = SearchParameters.patient(patient);
        labels.lookUp(clientId);
        List<EpisodeOfCare> found;
        try {
            found = List.of(mapper.toEpisodeOfCare(caseOwner.caseOwner(clientId, caller.headers())));
        } catch (UpstreamFailure failure) {
            if (failure.status() != 404) {
                throw failure;
            }
            found = List.of();
        }
        return Searchsets.complete(FhirBase.of(uri), "EpisodeOfCare?patient=" + clientId,
                labels.label(found, clientId));
    }
}
