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
import org.hl7.fhir.r4.model.ServiceRequest;

import fi.polku.fhir.mapping.Referral;
import fi.polku.fhir.mapping.ReferralMapper;
import fi.polku.fhir.service.Referrals;
import fi.polku.fhir.service.NonDisclosureLabels;
import fi.polku.fhir.service.Searchsets;
import fi.polku.fhir.upstream.CallerToken;
import io.quarkus.security.Authenticated;

/** ServiceRequest: the client's referrals to the work-ability team (intake) and to coaching (coaching). */
@Path("/fhir/R4/ServiceRequest")
@Authenticated
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class ServiceRequestResource {

    private final Referrals referrals;
    private final ReferralMapper mapper;
    private final NonDisclosureLabels labels;
    private final CallerToken caller;

    public ServiceRequestResource(Referrals referrals, ReferralMapper mapper, NonDisclosureLabels labels, CallerToken caller) {
        this.referrals = referrals;
        this.mapper = mapper;
        this.labels = labels;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    public ServiceRequest read(@PathParam("id") String id) {
        Referral referral = SearchParameters.referral(referrals, id, caller.headers());
        return labels.label(mapper.toServiceRequest(referral), referral.clientId());
    }

    @GET
    public Bundle search(@QueryParam("patient") String patient, @Context UriInfo uri) {
        UUID clientId = SearchParameters.patient(patient);
        labels.lookUp(clientId);
        return Searchsets.complete(FhirBase.of(uri), "ServiceRequest?patient=" + clientId,
                labels.label(referrals.ofClient(clientId, caller.headers()).stream()
                        .map(mapper::toServiceRequest).toList(), clientId));
    }
}
