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
 * {@code basedOn} the activation plan version it was drawn up from, and each planned service is an activity. Ids
 * as {@link CarePlanIds}.
 */
@ApplicationScoped
public class CarePlanMapper {

    public CarePlan fromActivationPlan(ActivationPlanView plan, boolean current) {
        CarePlan carePlan = base(CarePlanIds.ACTIVATION, plan.getPlanId(), plan.getVersion(), plan.getClientId(),
                current);
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
        CarePlan carePlan = base(CarePlanIds.IMPLEMENTATION, plan.getPlanId(), plan.getVersion(), plan.getClientId(),
                current);
        carePlan.setTitle("Implementation plan, version " + plan.getVersion());
        // the client's one activation plan, so its id is the client's (plan.getActivationPlanId() its identifier)
        carePlan.addBasedOn(new Reference("CarePlan/" + CarePlanIds.id(CarePlanIds.ACTIVATION, plan.getClientId(),
                plan.getActivationPlanVersion())));
        carePlan.setDescription(plan.getPlace() + ", " + plan.getActivityDaysPerWeek() + " days a week");
        carePlan.getPeriod().setStartElement(Dates.dateTime(plan.getValidFrom()))
                .setEndElement(Dates.dateTime(plan.getValidUntil()));
        carePlan.setCreatedElement(Dates.dateTime(plan.getRecordedAt()));
        plan.getGoals().forEach(goal -> carePlan.addNote(new Annotation().setText(goal)));
        return carePlan;
    }

    private static CarePlan base(String kind, UUID planId, int version, UUID clientId, boolean current) {
        CarePlan carePlan = new CarePlan();
        carePlan.setId(CarePlanIds.id(kind, clientId, version));
        carePlan.addIdentifier(new Identifier().setSystem(FhirSystems.URI).setValue(FhirSystems.urn(planId)));
        carePlan.setStatus(current ? CarePlanStatus.ACTIVE : CarePlanStatus.REVOKED);
        carePlan.setIntent(CarePlanIntent.PLAN);
        carePlan.addCategory(new CodeableConcept(new Coding(FhirSystems.PLAN_KIND, kind, null)));
        carePlan.setSubject(References.patient(clientId));
        if (version > 1) {
            carePlan.addReplaces(new Reference("CarePlan/" + CarePlanIds.id(kind, clientId, version - 1)));
        }
        return carePlan;
    }
}
