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
import org.hl7.fhir.r4.model.Task;

import fi.polku.fhir.mapping.Referral;
import fi.polku.fhir.mapping.ReferralMapper;
import fi.polku.fhir.service.Referrals;
import fi.polku.fhir.service.NonDisclosureLabels;
import fi.polku.fhir.service.Searchsets;
import fi.polku.fhir.upstream.CallerToken;
import io.quarkus.security.Authenticated;

/** Task: where each of the client's referrals stands, as its receiver moves it (the ServiceRequest is the order). */
@Path("/fhir/R4/Task")
@Authenticated
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class TaskResource {

    private final Referrals referrals;
    private final ReferralMapper mapper;
    private final NonDisclosureLabels labels;
    private final CallerToken caller;

    public TaskResource(Referrals referrals, ReferralMapper mapper, NonDisclosureLabels labels, CallerToken caller) {
        this.referrals = referrals;
        this.mapper = mapper;
        this.labels = labels;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    public Task read(@PathParam("id") String id) {
        Referral referral = SearchParameters.referral(referrals, id, caller.headers());
        return labels.label(mapper.toTask(referral), referral.clientId());
    }

    @GET
    public Bundle search(@QueryParam("patient") String patient, @Context UriInfo uri) {
        UUID clientId = SearchParameters.patient(patient);
        labels.lookUp(clientId);
        return Searchsets.complete(FhirBase.of(uri), "Task?patient=" + clientId,
                labels.label(referrals.ofClient(clientId, caller.headers()).stream().map(mapper::toTask).toList(),
                        clientId));
    }
}
