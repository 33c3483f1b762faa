package fi.polku.fhir.mapping;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

import fi.polku.client.assessment.model.ActivationPlanView;
import fi.polku.client.assessment.model.ImplementationPlanView;
import fi.polku.client.assessment.model.PlannedService;

/**
 * assessment's activation plan and implementation plan as CarePlans, one per version: the current version active,
 * earlier ones revoked, each later version {@code replaces} the one before; the implementation plan is
 * {@code basedOn} the activation plan version it was drawn up from, and each planned service is an activity.
 */
@ApplicationScoped
public class CarePlanMapper {

    static final String ACTIVATION = "activation";
    static final String IMPLEMENTATION = "implementation";

    public CarePlan fromActivationPlan(ActivationPlanView plan, boolean current) {
        CarePlan carePlan = base(ACTIVATION, plan.getPlanId(), plan.getVersion(), plan.getClientId(), current);
        carePlan.setTitle("Activation plan, version " + plan.getVersion());
        carePlan.getPeriod().setStartElement(Dates.dateTime(plan.getValidFrom()))
                .setEndElement(Dates.dateTime(plan.getValidUntil()));
        carePlan.setCreatedElement(Dates.dateTime(plan.getRecordedAt()));
        for (PlannedService service : plan.getServices()) {
            CarePlan.CarePlanActivityDetailComponent detail = carePlan.addActivity().getDetail()
                    .setStatus(CarePlanActivityStatus.SCHEDULED)
                    .setCode(new CodeableConcept(new Coding(FhirSystems.SERVICE_TYPE, service.getService().getValue(), null)));
            detail.getScheduledPeriod().setStartElement(Dates.dateTime(service.getFrom()))
                    .setEndElement(Dates.dateTime(service.getUntil()));
        }
        return carePlan;
    }

    public CarePlan fromImplementationPlan(ImplementationPlanView plan, boolean current) {
        CarePlan carePlan = base(IMPLEMENTATION, plan.getPlanId(), plan.getVersion(), plan.getClientId(), current);
        carePlan.setTitle("Implementation plan, version " + plan.getVersion());
        carePlan.addBasedOn(new Reference("CarePlan/" + id(ACTIVATION, plan.getActivationPlanId(),
                plan.getActivationPlanVersion())));
        carePlan.setDescription(plan.getPlace() + ", " + plan.getActivityDaysPerWeek() + " days a week");
        carePlan.getPeriod().setStartElement(Dates.dateTime(plan.getValidFrom()))
                .setEndElement(Dates.dateTime(plan.getValidUntil()));
        carePlan.setCreatedElement(Dates.dateTime(plan.getRecordedAt()));
        plan.getGoals().forEach(goal -> carePlan.addNote(new Annotation().setText(goal)));
        return carePlan;
    }

    /** A version's logical id: the kind, the plan id and the version (at most 64 characters, as FHIR allows). */
    static String id(String kind, UUID planId, int version) {
        return kind + "-" + planId + "-" + version;
    }

    private static CarePlan base(String kind, UUID planId, int version, UUID clientId, boolean current) {
        CarePlan carePlan = new CarePlan();
        carePlan.setId(id(kind, planId, version));
        carePlan.addIdentifier(new Identifier().setSystem(FhirSystems.URI).setValue(FhirSystems.urn(planId)));
        carePlan.setStatus(current ? CarePlanStatus.ACTIVE : CarePlanStatus.REVOKED);
        carePlan.setIntent(CarePlanIntent.PLAN);
        carePlan.addCategory(new CodeableConcept(new Coding(FhirSystems.PLAN_KIND, kind, null)));
        carePlan.setSubject(References.patient(clientId));
        if (version > 1) {
            carePlan.addReplaces(new Reference("CarePlan/" + id(kind, planId, version - 1)));
        }
        return carePlan;
    }
}
