package fi.polku.fhir.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** FHIR responses hold personal data: no cache keeps them, and no browser guesses their type. */
public class FhirResponseHeaders {

    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/fhir/")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            response.getHeaders().putSingle("Pragma", "no-cache");
        }
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
