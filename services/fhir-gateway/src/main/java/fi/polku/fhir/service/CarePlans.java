package fi.polku.fhir.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CarePlan;

import fi.polku.client.assessment.model.ActivationPlanView;
import fi.polku.client.assessment.model.ImplementationPlanView;
import fi.polku.fhir.mapping.CarePlanIds;
import fi.polku.fhir.mapping.CarePlanMapper;
import fi.polku.fhir.upstream.AssessmentApi;

/**
 * A client's activation and implementation plans from assessment, every version, the newest (current) first. A read
 * by id lists the versions of the one plan its id names (assessment has no read of a single version) and picks its
 * version, so assessment decides and logs the access exactly as for the search.
 */
@ApplicationScoped
public class CarePlans {

    private final AssessmentApi assessment;
    private final CarePlanMapper mapper;

    public CarePlans(AssessmentApi assessment, CarePlanMapper mapper) {
        this.assessment = assessment;
        this.mapper = mapper;
    }

    public List<CarePlan> ofClient(UUID clientId, Map<String, String> caller) {
        List<CarePlan> found = new ArrayList<>(activation(clientId, caller));
        found.addAll(implementation(clientId, caller));
        return found;
    }

    /** One version; a client without it is a 404, as is an unknown client (assessment's own answer). */
    public CarePlan one(CarePlanIds.PlanVersion key, Map<String, String> caller) {
        List<CarePlan> versions = CarePlanIds.ACTIVATION.equals(key.kind())
                ? activation(key.clientId(), caller) : implementation(key.clientId(), caller);
        String id = CarePlanIds.id(key.kind(), key.clientId(), key.version());
        return versions.stream().filter(plan -> plan.getIdElement().getIdPart().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownResource("plan version", "assessment"));
    }

    private List<CarePlan> activation(UUID clientId, Map<String, String> caller) {
        List<ActivationPlanView> versions = assessment.activationPlans(clientId, caller);
        List<CarePlan> plans = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            plans.add(mapper.fromActivationPlan(versions.get(i), i == 0));
        }
        return plans;
    }

    private List<CarePlan> implementation(UUID clientId, Map<String, String> caller) {
        List<ImplementationPlanView> versions = assessment.implementationPlans(clientId, caller);
        List<CarePlan> plans = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            plans.add(mapper.fromImplementationPlan(versions.get(i), i == 0));
        }
        return plans;
    }
}
