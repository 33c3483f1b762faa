package fi.polku.fhir.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;

/**
 * A referral as FHIR's referral pattern has it: the order as a ServiceRequest, and a Task whose status the receiver
 * moves, based on and focused on the order. Both carry the referral's id.
 */
@ApplicationScoped
public class ReferralMapper {

    public ServiceRequest toServiceRequest(Referral referral) {
        ServiceRequest request = new ServiceRequest();
        request.setId(referral.id());
        request.setStatus(referral.status().serviceRequest());
        request.setIntent(ServiceRequestIntent.ORDER);
        request.addCategory(new CodeableConcept(new Coding(FhirSystems.REFERRAL_KIND, referral.kind().name(), null)));
        request.setCode(new CodeableConcept(new Coding(FhirSystems.SERVICE_TYPE, referral.kind().serviceType(), null)));
        request.setSubject(References.patient(referral.clientId()));
        request.setAuthoredOnElement(Dates.dateTime(referral.requestedAt()));
        request.setOccurrence(Dates.dateTime(referral.plannedAt()));
        if (referral.receiver() != null) {
            request.addPerformer(receiver(referral));
        }
        return request;
    }

    public Task toTask(Referral referral) {
        Task task = new Task();
        task.setId(referral.id());
        task.setStatus(referral.status().task());
        task.setBusinessStatus(new CodeableConcept(new Coding(FhirSystems.REFERRAL_BUSINESS_STATUS,
                referral.businessStatus(), null)));
        if (referral.statusReason() != null) {
            task.setStatusReason(new CodeableConcept(new Coding(FhirSystems.REFERRAL_STATUS_REASON,
                    referral.statusReason(), null)));
        }
        task.setIntent(TaskIntent.ORDER);
        task.setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/CodeSystem/task-code", "fulfill",
                "Fulfill the focal request")));
        Reference order = new Reference("ServiceRequest/" + referral.id());
        task.addBasedOn(order);
        task.setFocus(order.copy());
        task.setFor(References.patient(referral.clientId()));
        task.setAuthoredOnElement(Dates.dateTime(referral.requestedAt()));
        task.setLastModifiedElement(Dates.dateTime(referral.changedAt()));
        if (referral.receiver() != null) {
            task.setOwner(receiver(referral));
        }
        task.getExecutionPeriod().setStartElement(Dates.dateTime(referral.startedAt()))
                .setEndElement(Dates.dateTime(referral.endedAt()));
        return task;
    }

    /** The team or provider by its Polku id: the gateway serves neither, so the reference is logical. */
    private static Reference receiver(Referral referral) {
        return new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(FhirSystems.URI).setValue(FhirSystems.urn(referral.receiver())));
    }
}
