package fi.polku.fhir.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

import fi.polku.client.intake.model.ClientView;

/**
 * intake's client as a Patient. The logical id is the pseudonymous client id. intake's client view never holds the
 * identity code (it answers it to no one), so no {@code urn:oid:1.2.246.21} identifier is written: the gateway does
 * not know the code, and finding a client by it goes through intake's own search. A client with a non-disclosure
 * order for personal safety (turvakielto) carries the {@link SecurityLabels}, and their municipality and contact
 * details stay in intake (the order is about where the client can be found).
 */
@ApplicationScoped
public class PatientMapper {

    public Patient toPatient(ClientView client) {
        Patient patient = new Patient();
        patient.setId(client.getId().toString());
        patient.getMeta().setLastUpdated(Dates.javaDate(client.getUpdatedAt()));
        patient.addIdentifier(new Identifier().setUse(Identifier.IdentifierUse.SECONDARY).setSystem(FhirSystems.URI)
                .setValue(FhirSystems.urn(client.getId())));
        patient.setActive(true);
        boolean nonDisclosure = Boolean.TRUE.equals(client.getNonDisclosure());
        if (nonDisclosure) {
            SecurityLabels.underNonDisclosure(patient);
        }
        patient.addName(new HumanName().setUse(HumanName.NameUse.OFFICIAL).setFamily(client.getLastName())
                .addGiven(client.getFirstName()));
        patient.setBirthDateElement(Dates.date(client.getBirthDate()));
        if (!nonDisclosure) {
            addWhereabouts(client, patient);
        }
        if (client.getPreferredLanguage() != null) {
            patient.addCommunication().setPreferred(true).setLanguage(new CodeableConcept(
                    new Coding(FhirSystems.LANGUAGE, client.getPreferredLanguage(), null)));
        }
        return patient;
    }

    private static void addWhereabouts(ClientView client, Patient patient) {
        if (client.getPhone() != null) {
            patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE)
                    .setValue(client.getPhone()));
        }
        if (client.getEmail() != null) {
            patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(client.getEmail()));
        }
        if (client.getMunicipalityCode() != null) {
            patient.addExtension(new Extension(FhirSystems.MUNICIPALITY_EXTENSION,
                    new Coding(FhirSystems.MUNICIPALITY_CODES, client.getMunicipalityCode(), null)
                            .setVersion(FhirSystems.MUNICIPALITY_CODES_VERSION)));
        }
    }
}
