package fi.polku.fhir.rest;

/** FHIR's JSON media type; plain JSON is accepted in Accept too, as FHIR allows. */
public final class FhirMediaType {

    public static final String FHIR_JSON = "application/fhir+json";

    private FhirMediaType() {
    }
}
