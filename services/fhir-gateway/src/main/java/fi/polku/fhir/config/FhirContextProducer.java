package fi.polku.fhir.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.runtime.StartupEvent;

/**
 * One R4 context for the application. Building it and its first parser scans the model, which takes seconds: done
 * at start-up, before the gateway is ready, not in a caller's first request.
 */
@ApplicationScoped
public class FhirContextProducer {

    @Produces
    @ApplicationScoped
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    void warmUp(@Observes StartupEvent startup, FhirContext fhir) {
        fhir.newJsonParser().encodeResourceToString(
                new Bundle().addEntry(new Bundle.BundleEntryComponent().setResource(new OperationOutcome())));
    }
}
