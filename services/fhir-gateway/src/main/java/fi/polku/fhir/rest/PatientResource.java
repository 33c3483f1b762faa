package fi.polku.fhir.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;

import fi.polku.fhir.mapping.FhirSystems;
import fi.polku.fhir.mapping.PatientMapper;
import fi.polku.fhir.service.Searchsets;
import fi.polku.fhir.upstream.CallerToken;
import fi.polku.fhir.upstream.IntakeApi;
import fi.polku.fhir.upstream.UpstreamFailure;
import io.quarkus.security.Authenticated;

/**
 * Patient: intake's client. Searching by the identity code is a POST with a form body (FHIR's {@code _search}), so
 * the code is in no URL; a GET with {@code identifier} is refused without repeating it.
 */
@Path("/fhir/R4/Patient")
@Authenticated
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class PatientResource {

    private final IntakeApi intake;
    private final PatientMapper mapper;
    private final CallerToken caller;

    public PatientResource(IntakeApi intake, PatientMapper mapper, CallerToken caller) {
        this.intake = intake;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    public Patient read(@PathParam("id") String id) {
        return mapper.toPatient(intake.client(SearchParameters.id("id", id), caller.headers()));
    }

    @GET
    public Bundle search(@QueryParam("_id") String id, @QueryParam("identifier") String identifier,
            @Context UriInfo uri) {
        if (identifier != null) {
            throw new InvalidSearch("Search by 'identifier' with POST /fhir/R4/Patient/_search and a form body: "
                    + "an identity code must not be in a URL");
        }
        UUID clientId = SearchParameters.id("_id", id == null ? "" : id);
        return Searchsets.complete(FhirBase.of(uri), "Patient?_id=" + clientId, found(clientId));
    }

    @POST
    @Path("_search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Bundle searchByForm(@FormParam("identifier") String identifier, @FormParam("_id") String id,
            @Context UriInfo uri) {
        if (identifier == null) {
            UUID clientId = SearchParameters.id("_id", id == null ? "" : id);
            return Searchsets.complete(FhirBase.of(uri), "Patient?_id=" + clientId, found(clientId));
        }
        String prefix = FhirSystems.IDENTITY_CODE + "|";
        if (!identifier.startsWith(prefix) || identifier.length() == prefix.length()) {
            throw new InvalidSearch("'identifier' must be " + FhirSystems.IDENTITY_CODE + "|<identity code>");
        }
        UUID clientId;
        try {
            clientId = intake.clientIdByIdentityCode(identifier.substring(prefix.length()), caller.headers());
        } catch (UpstreamFailure failure) {
            if (failure.status() == 404) {
                return Searchsets.complete(FhirBase.of(uri), "Patient/_search", List.of());
            }
            throw failure;
        }
        return Searchsets.complete(FhirBase.of(uri), "Patient/_search", found(clientId));
    }

    private List<Patient> found(UUID clientId) {
        try {
            return List.of(mapper.toPatient(intake.client(clientId, caller.headers())));
        } catch (UpstreamFailure failure) {
            if (failure.status() == 404) {
                return List.of();
            }
            throw failure;
        }
    }
}
