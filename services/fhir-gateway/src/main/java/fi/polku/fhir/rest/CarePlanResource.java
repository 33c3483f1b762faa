package fi.polku.fhir.rest;

import java.util.ArrayList;
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
import org.hl7.fhir.r4.model.CarePlan;

import fi.polku.client.assessment.model.ActivationPlanView;
import fi.polku.client.assessment.model.ImplementationPlanView;
import fi.polku.fhir.mapping.CarePlanMapper;
import fi.polku.fhir.service.Searchsets;
import fi.polku.fhir.upstream.AssessmentApi;
import fi.polku.fhir.upstream.CallerToken;
import io.quarkus.security.Authenticated;

/**
 * CarePlan: the client's activation and implementation plans in assessment, every version, searched by patient.
 * assessment finds plans only under their client, so there is no read by a plan's id alone.
 */
@Path("/fhir/R4/CarePlan")
@Authenticated
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class CarePlanResource {

    private final AssessmentApi assessment;
    private final CarePlanMapper mapper;
    private final CallerToken caller;

    public CarePlanResource(AssessmentApi assessment, CarePlanMapper mapper, CallerToken caller) {
        this.assessment = assessment;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    public Bundle search(@QueryParam("patient") String patient, @Context UriInfo uri) {
        UUID clientId = SearchParameters.patient(patient);
        List<CarePlan> found = new ArrayList<>();
        List<ActivationPlanView> activation = assessment.activationPlans(clientId, caller.headers());
        for (int i = 0; i < activation.size(); i++) {
            found.add(mapper.fromActivationPlan(activation.get(i), i == 0));
        }
        List<ImplementationPlanView> implementation = assessment.implementationPlans(clientId, caller.headers());
        for (int i = 0; i < implementation.size(); i++) {
            found.add(mapper.fromImplementationPlan(implementation.get(i), i == 0));
        }
        return Searchsets.complete(FhirBase.of(uri), "CarePlan?patient=" + clientId, found);
    }
}
