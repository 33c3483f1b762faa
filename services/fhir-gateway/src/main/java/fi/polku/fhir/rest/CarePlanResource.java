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
import org.hl7.fhir.r4.model.CarePlan;

import fi.polku.fhir.mapping.CarePlanIds;
import fi.polku.fhir.service.CarePlans;
import fi.polku.fhir.service.NonDisclosureLabels;
import fi.polku.fhir.service.Searchsets;
import fi.polku.fhir.upstream.CallerToken;
import io.quarkus.security.Authenticated;

/**
 * CarePlan: the client's activation and implementation plans in assessment, every version; read by id (kind,
 * client and version, {@link CarePlanIds}) or searched by patient.
 */
@Path("/fhir/R4/CarePlan")
@Authenticated
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class CarePlanResource {

    private final CarePlans plans;
    private final NonDisclosureLabels labels;
    private final CallerToken caller;

    public CarePlanResource(CarePlans plans, NonDisclosureLabels labels, CallerToken caller) {
        this.plans = plans;
        this.labels = labels;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    public CarePlan read(@PathParam("id") String id) {
        CarePlanIds.PlanVersion key = CarePlanIds.parse(id)
                .orElseThrow(() -> new InvalidSearch("'id' is not a logical id of this server"));
        labels.lookUp(key.clientId());
        return labels.label(plans.one(key, caller.headers()), key.clientId());
    }

    @GET
    public Bundle search(@QueryParam("patient") String patient, @Context UriInfo uri) {
        UUID clientId = SearchParameters.patient(patient);
        labels.lookUp(clientId);
        return Searchsets.complete(FhirBase.of(uri), "CarePlan?patient=" + clientId,
                labels.label(plans.ofClient(clientId, caller.headers()), clientId));
    }
}
