package fi.polku.fhir.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Where the services that own the data answer, and how long the gateway waits for one of them. */
@ConfigMapping(prefix = "polku.fhir.services")
public interface OwningServicesConfig {

    String intake();

    String caseOwner();

    String assessment();

    String coaching();

    Duration timeout();
}
