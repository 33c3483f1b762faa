package fi.polku.fhir.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;

import fi.polku.fhir.mapping.InstrumentIds;
import fi.polku.fhir.mapping.QuestionnaireMapper;
import fi.polku.fhir.service.Searchsets;
import fi.polku.fhir.upstream.AssessmentApi;
import fi.polku.fhir.upstream.CallerToken;
import io.quarkus.security.Authenticated;

/** Questionnaire: assessment's instrument definitions, one per version (id {@code <instrument>-v<version>}). */
@Path("/fhir/R4/Questionnaire")
@Authenticated
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class QuestionnaireResource {

    private final AssessmentApi assessment;
    private final QuestionnaireMapper mapper;
    private final CallerToken caller;

    public QuestionnaireResource(AssessmentApi assessment, QuestionnaireMapper mapper, CallerToken caller) {
        this.assessment = assessment;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    public Questionnaire read(@PathParam("id") String id) {
        InstrumentIds.DefinitionKey key = InstrumentIds.definition(id)
                .orElseThrow(() -> new InvalidSearch("'id' is not a logical id of this server"));
        return mapper.toQuestionnaire(assessment.instrument(key.instrument(), key.version(), caller.headers()));
    }

    /** Every instrument version in use (a handful: no paging). */
    @GET
    public Bundle search(@Context UriInfo uri) {
        return Searchsets.complete(FhirBase.of(uri), "Questionnaire",
                assessment.instruments(caller.headers()).stream().map(mapper::toQuestionnaire).toList());
    }
}
