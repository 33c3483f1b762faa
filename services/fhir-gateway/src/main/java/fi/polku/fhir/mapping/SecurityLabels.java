package fi.polku.fhir.mapping;

import org.hl7.fhir.r4.model.Resource;

/**
 * The labels of a client's resource while the client has a non-disclosure order for personal safety (turvakielto):
 * fi-base's {@code TURVAKIELTO} and HL7's restricted confidentiality, as fi-base's example
 * {@code patient-with-turvakielto} has them, so a receiving system handles every resource of the client as such.
 */
public final class SecurityLabels {

    private SecurityLabels() {
    }

    public static <R extends Resource> R underNonDisclosure(R resource) {
        resource.getMeta().addSecurity(FhirSystems.SECURITY_LABELS, FhirSystems.TURVAKIELTO, "Turvakielto");
        resource.getMeta().addSecurity(FhirSystems.CONFIDENTIALITY, FhirSystems.RESTRICTED, "restricted");
        return resource;
    }
}
