package fi.polku.fhir.rest;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;

import fi.polku.client.intake.model.AccessLogEntry;
import fi.polku.client.intake.model.PageAccessLogEntry;
import fi.polku.fhir.mapping.AuditEventMapper;
import fi.polku.fhir.mapping.UuidPair;
import fi.polku.fhir.service.NonDisclosureLabels;
import fi.polku.fhir.service.Searchsets;
import fi.polku.fhir.service.UnknownResource;
import fi.polku.fhir.upstream.CallerToken;
import fi.polku.fhir.upstream.IntakeApi;
import io.quarkus.security.Authenticated;

/**
 * AuditEvent: the client's complete access log in intake, one event per entry, oldest first, paged; read by id
 * (client and entry in one, as intake finds an entry only in its client's log).
 */
@Path("/fhir/R4/AuditEvent")
@Authenticated
@Produces({FhirMediaType.FHIR_JSON, MediaType.APPLICATION_JSON})
public class AuditEventResource {

    private final IntakeApi intake;
    private final AuditEventMapper mapper;
    private final NonDisclosureLabels labels;
    private final CallerToken caller;

    public AuditEventResource(IntakeApi intake, AuditEventMapper mapper, NonDisclosureLabels labels,
            CallerToken caller) {
        this.intake = intake;
        this.mapper = mapper;
        this.labels = labels;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    public AuditEvent read(@PathParam("id") String id) {
        UuidPair key = SearchParameters.pair("id", id);
        UUID clientId = key.first();
        labels.lookUp(clientId);
        AccessLogEntry entry = intake.accessLogEntry(clientId, key.second(), caller.headers())
                .orElseThrow(() -> new UnknownResource("access-log entry", "intake"));
        return labels.label(mapper.toAuditEvent(clientId, entry), clientId);
    }

    @GET
    public Bundle search(@QueryParam("patient") String patient, @QueryParam("_count") Integer count,
            @QueryParam("_page") String page, @Context UriInfo uri) {
        UUID clientId = SearchParameters.patient(patient);
        int limit = SearchParameters.count(count);
        labels.lookUp(clientId);
        PageAccessLogEntry entries = intake.accessLog(clientId, SearchParameters.page(page), limit, caller.headers());
        String query = "AuditEvent?patient=" + clientId + "&_count=" + limit;
        return Searchsets.page(FhirBase.of(uri), page == null ? query : query + "&_page=" + page,
                labels.label(entries.getItems().stream().map(entry -> mapper.toAuditEvent(clientId, entry)).toList(),
                        clientId),
                entries.getNext() == null ? null : query + "&_page=" + entries.getNext());
    }
}
