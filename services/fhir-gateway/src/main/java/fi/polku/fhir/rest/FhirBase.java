package fi.polku.fhir.rest;

import jakarta.ws.rs.core.UriInfo;

/** The FHIR service base URL as the caller reached it, for Bundle links and full URLs. */
final class FhirBase {

    static final String PATH = "fhir/R4";

    private FhirBase() {
    }

    static String of(UriInfo uri) {
        return uri.getBaseUri().toString().replaceAll("/+$", "") + "/" + PATH;
    }
}
