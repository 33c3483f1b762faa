package fi.polku.fhir.mapping;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

import fi.polku.client.intake.model.AccessLogEntry;

/**
 * One entry of the client's access log in intake (Client Data Act 703/2023 §11) as an AuditEvent, shaped after IHE
 * Basic Audit Log Patterns: the user who asked (requestor) and their organisation as agents, the outside organisation
 * it was disclosed to as an information recipient, the client as the entity, the service as the source, the purpose
 * of use, the access basis, and the outcome (a refusal is a minor failure).
 */
@ApplicationScoped
public class AuditEventMapper {

    private static final String ALLOWED = "ALLOWED";

    public AuditEvent toAuditEvent(UUID clientId, AccessLogEntry entry) {
        AuditEvent event = new AuditEvent();
        event.setId(id(clientId, entry.getId()));
        event.setType(new Coding(FhirSystems.DICOM, "110110", "Patient Record"));
        event.setAction(action(entry.getAction()));
        event.setRecordedElement(Dates.instant(entry.getOccurredAt()));
        boolean allowed = ALLOWED.equals(entry.getOutcome());
        event.setOutcome(allowed ? AuditEventOutcome._0 : AuditEventOutcome._4);
        if (!allowed) {
            event.setOutcomeDesc("Refused: the caller had no basis for access");
        }
        if (entry.getPurpose() != null) {
            event.addPurposeOfEvent(new CodeableConcept().setText(entry.getPurpose()));
        }
        AuditEventAgentComponent user = event.addAgent().setRequestor(true)
                .setWho(References.user(entry.getActorSubject(), entry.getActorName()))
                .setName(entry.getActorName());
        if (entry.getActorRoles() != null) {
            user.addRole(new CodeableConcept().setText(entry.getActorRoles()));
        }
        if (entry.getActorOrganisation() != null) {
            event.addAgent().setRequestor(false).setWho(References.organisation(entry.getActorOrganisation(), null));
        }
        if (entry.getDisclosedTo() != null) {
            event.addAgent().setRequestor(false).setWho(References.organisation(entry.getDisclosedTo(), null))
                    .setType(new CodeableConcept(new Coding(FhirSystems.PARTICIPATION_TYPE, "IRCP", "information recipient")));
        }
        event.getSource().setSite(entry.getService())
                .setObserver(new Reference().setType("Device").setDisplay("Polku " + entry.getService() + "-service"))
                .addType(new Coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4", "Application Server"));
        AuditEvent.AuditEventEntityComponent entity = event.addEntity().setWhat(References.patient(clientId))
                .setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "1", "Person"))
                .setRole(new Coding("http://terminology.hl7.org/CodeSystem/object-role", "1", "Patient"))
                .setDescription(entry.getAction());
        if (entry.getBasis() != null) {
            entity.addDetail().setType("access basis").setValue(new org.hl7.fhir.r4.model.StringType(entry.getBasis()));
        }
        return event;
    }

    /** intake finds an entry only in its client's log, so the logical id is the {@link UuidPair} of both. */
    public static String id(UUID clientId, UUID entryId) {
        return new UuidPair(clientId, entryId).id();
    }

    /** The kind of access by the access log's wording of it: create, update, delete, or else a read. */
    static AuditEventAction action(String action) {
        String verb = action == null ? "" : action.toLowerCase(Locale.ROOT);
        if (verb.startsWith("register") || verb.startsWith("record") || verb.startsWith("add")
                || verb.startsWith("book") || verb.startsWith("schedule")) {
            return AuditEventAction.C;
        }
        if (verb.startsWith("update") || verb.startsWith("change") || verb.startsWith("merge")
                || verb.startsWith("reassign") || verb.startsWith("end") || verb.startsWith("close")) {
            return AuditEventAction.U;
        }
        if (verb.startsWith("delete") || verb.startsWith("remove")) {
            return AuditEventAction.D;
        }
        return AuditEventAction.R;
    }
}
