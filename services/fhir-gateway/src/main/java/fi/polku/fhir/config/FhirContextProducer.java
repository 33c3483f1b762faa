package fi.polku.fhir.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import ca.uhn.fhir.context.FhirContext;

/** One R4 context for the application: building it scans the model and is expensive. */
@ApplicationScoped
public class FhirContextProducer {

    @Produces
    @ApplicationScoped
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }
}
