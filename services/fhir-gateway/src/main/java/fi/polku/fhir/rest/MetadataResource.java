package fi.polku.fhir.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.CapabilityStatement;

import fi.polku.fhir.service.Capabilities;

/** The capabilities interaction; open to anyone, as FHIR expects, since it holds no personal data. */
@Path("/fhir/R4/metadata")
@PermitAll
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class MetadataResource {

    @GET
    public CapabilityStatement capabilities(@Context UriInfo uri) {
        return Capabilities.statement(FhirBase.of(uri));
    }
}
