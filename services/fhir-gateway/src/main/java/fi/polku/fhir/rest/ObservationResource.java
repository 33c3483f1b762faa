package fi.polku.fhir.rest;

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
import org.hl7.fhir.r4.model.Observation;

import fi.polku.fhir.mapping.InstrumentResponseMapper;
import fi.polku.fhir.service.InstrumentResponses;
import fi.polku.fhir.service.NonDisclosureLabels;
import fi.polku.fhir.service.Searchsets;
import fi.polku.fhir.upstream.CallerToken;
import io.quarkus.security.Authenticated;

/** Observation: the summary scores (one component per scale) of the client's instrument responses. */
@Path("/fhir/R4/Observation")
@Authenticated
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class ObservationResource {

    private final InstrumentResponses responses;
    private final InstrumentResponseMapper mapper;
    private final NonDisclosureLabels labels;
    private final CallerToken caller;

    public ObservationResource(InstrumentResponses responses, InstrumentResponseMapper mapper,
            NonDisclosureLabels labels, CallerToken caller) {
        this.responses = responses;
        this.mapper = mapper;
        this.labels = labels;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    public Observation read(@PathParam("id") String id) {
        InstrumentResponses.Answered answered = responses.one(SearchParameters.pair("id", id),
                caller.headers());
        return labels.label(mapper.toScores(answered.response(), answered.clientId(), answered.definition()),
                answered.clientId());
    }

    @GET
    public Bundle search(@QueryParam("patient") String patient, @Context UriInfo uri) {
        UUID clientId = SearchParameters.patient(patient);
        labels.lookUp(clientId);
        return Searchsets.complete(FhirBase.of(uri), "Observation?patient=" + clientId,
                labels.label(responses.ofClient(clientId, caller.headers()).stream()
                        .map(a -> mapper.toScores(a.response(), a.clientId(), a.definition()))
                        .toList(), clientId));
    }
}
