package fi.polku.fhir.mapping;

import java.util.UUID;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/** References between the gateway's resources, and logical references to what it does not serve. */
public final class References {

    private References() {
    }

    public static Reference patient(UUID clientId) {
        return new Reference("Patient/" + clientId);
    }

    /** A professional by their Polku id: the gateway serves no Practitioner, so the reference is logical. */
    public static Reference professional(UUID professionalId, String name) {
        Reference reference = new Reference().setType("Practitioner").setDisplay(name);
        if (professionalId != null) {
            reference.setIdentifier(new Identifier().setSystem(FhirSystems.URI).setValue(FhirSystems.urn(professionalId)));
        }
        return reference;
    }

    /** A person known only by their login subject and name, e.g. the actor of an access-log entry. */
    public static Reference user(String subject, String name) {
        Reference reference = new Reference().setType("Practitioner").setDisplay(name);
        if (subject != null && !subject.isBlank()) {
            reference.setIdentifier(new Identifier().setSystem(FhirSystems.USER).setValue(subject));
        }
        return reference;
    }

    public static Reference organisation(String identifier, String name) {
        Reference reference = new Reference().setType("Organization").setDisplay(name);
        if (identifier != null && !identifier.isBlank()) {
            reference.setIdentifier(new Identifier().setSystem(FhirSystems.ORGANISATION).setValue(identifier));
        }
        return reference;
    }
}
