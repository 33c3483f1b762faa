package fi.polku.reporting.export;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.PageCursor;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;
import fi.polku.platform.security.Roles;

/**
 * The incremental export for analysts and a county's data warehouse: pseudonymous facts as NDJSON (or a JSON page),
 * paged by cursor, and large exports asynchronously after FHIR Bulk Data {@code $export}.
 */
@Path("/api/v1/exports")
@RolesAllowed(Roles.ANALYST)
@Tag(name = "Export", description = "Pseudonymous facts since a point, for analysts and the data warehouse")
public class ExportResource {

    static final String CURSOR_HEADER = "Export-Cursor";
    private static final String PATH = "/api/v1/exports";
    private static final int MAX_LIMIT = 10_000;
    /** No schema for NDJSON: it is not one JSON document, and an empty page is an empty body. */
    private static final String NDJSON_LINES = " As application/x-ndjson: newline-delimited JSON (UTF-8, LF), one "
            + "ExportFact a line, an empty body when there is none.";
    private static final String CURSOR_DESCRIPTION = "Where to go on: the cursor after the last fact of this page, "
            + "or on the last page after everything recorded so far; give it as cursor later to get only newer facts";
    private static final String SELECTION = " Facts are in the order the reporting service recorded them (a "
            + "sequence, not a time), so facts recorded while a caller pages appear once, on a later page, and none "
            + "is skipped.";

    private final Exports exports;
    private final IdempotentCreate idempotentCreate;

    public ExportResource(Exports exports, IdempotentCreate idempotentCreate) {
        this.exports = exports;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @Produces({NdjsonWriter.NDJSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportFacts", summary = "Pseudonymous facts since a time or a cursor, one page",
            description = "As NDJSON (the default), or with Accept: application/json as a page ({items, next}). The "
                    + "next page's cursor is in the Link header (rel=\"next\") and in next; Export-Cursor always says "
                    + "where to go on, also after the last page." + SELECTION)
    @APIResponse(responseCode = "200", description = "A page of facts." + NDJSON_LINES,
            headers = {
                @Header(name = CURSOR_HEADER, description = CURSOR_DESCRIPTION, required = true,
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Link", description = "The next page (rel=\"next\"), when there is one",
                        schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = NdjsonWriter.NDJSON),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportPage.class))})
    public Response page(
            @QueryParam("since") @Parameter(description = "Only the facts recorded at or after this moment "
                    + "(RFC 3339 date-time)", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            String since,
            @QueryParam("cursor") @Size(min = 1, max = PageCursor.MAX_LENGTH) @Pattern(regexp = PageCursor.PATTERN)
            @Parameter(description = "Only the facts after this cursor: next or Export-Cursor of an earlier page")
            String cursor,
            @QueryParam("types") @Parameter(description = "Only facts of these types (repeat the parameter or "
                    + "separate by commas); every type when left out",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ExportFactType.class))
            List<String> types,
            @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(MAX_LIMIT)
            @Parameter(description = "Facts per page, 1-" + MAX_LIMIT + " (default 1000)") int limit) {
        FactSelection selection = selection(since, cursor, types);
        Exports.FactPage page = exports.page(selection, limit);
        Response.ResponseBuilder response = Response.ok(new ExportPage(page.facts(), page.next()))
                .header(CURSOR_HEADER, page.resume());
        if (page.next() != null) {
            UriBuilder next = UriBuilder.fromPath(PATH).queryParam("cursor", page.next()).queryParam("limit", limit);
            if (since != null) {
                next.queryParam("since", since);
            }
            if (types != null && !types.isEmpty()) {
                next.queryParam("types", String.join(",", selection.typeNames()));
            }
            response.link(next.build(), "next");
        }
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "startExport", summary = "Start an asynchronous export (FHIR Bulk Data style)",
            description = "Takes the same selection as exportFacts and fixes it at the facts recorded so far. Answers "
                    + "202 with Content-Location, the status URL to poll: 202 with progress while the files are "
                    + "written, then 200 with the result files (NDJSON), which expire. Only the requesting analyst "
                    + "can read them.")
    @APIResponse(responseCode = "202", description = "Accepted; Content-Location is the status URL",
            headers = {
                @Header(name = "Content-Location", description = "The export's status URL", required = true,
                        schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                @Header(name = "Location", description = "The export's status URL",
                        schema = @Schema(type = SchemaType.STRING, format = "uri-reference"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExportJobView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response start(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull ExportJobRequest request) {
        FactSelection selection = new FactSelection(
                request.cursor() == null ? 0 : ExportCursor.sequence(request.cursor(), "cursor"),
                request.since(), request.types() == null ? Set.of() : Set.copyOf(request.types()));
        Response created = idempotentCreate.execute(idempotencyKey, request, () -> {
            ExportJobView job = exports.start(selection);
            return Response.accepted(job).location(URI.create(ExportJobView.statusPath(job.id()))).build();
        });
        return Response.fromResponse(created).header("Content-Location", created.getLocation()).build();
    }

    @GET
    @Path("/jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getExportStatus", summary = "The status of an asynchronous export",
            description = "202 while the files are written (X-Progress, Retry-After), 200 with the files when done. "
                    + "Another analyst's export, and an expired one, is a 404.")
    @APIResponse(responseCode = "200", description = "Complete: the result files",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExportJobView.class)))
    @APIResponse(responseCode = "202", description = "In progress",
            headers = {
                @Header(name = "X-Progress", description = "Percent written, e.g. `40%`",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Retry-After", description = "Seconds to wait before polling again",
                        schema = @Schema(type = SchemaType.INTEGER))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExportJobView.class)))
    public Response status(@PathParam("id") UUID id) {
        ExportJobView job = exports.status(id);
        if (job.status() == ExportJob.Status.COMPLETED) {
            return Response.ok(job).build();
        }
        return Response.accepted(job).header("X-Progress", job.progress() + "%").header("Retry-After", 2).build();
    }

    @GET
    @Path("/jobs/{id}/files/{part}")
    @Produces({NdjsonWriter.NDJSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getExportFile", summary = "One result file of a complete asynchronous export",
            description = "As NDJSON (the default), or with Accept: application/json as one page ({items, next: "
                    + "null}).")
    @APIResponse(responseCode = "200", description = "The file." + NDJSON_LINES,
            content = {@Content(mediaType = NdjsonWriter.NDJSON),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportPage.class))})
    public ExportPage file(@PathParam("id") UUID id, @PathParam("part") @Min(1) @Max(1_000_000) int part) {
        return new ExportPage(exports.file(id, part), null);
    }

    @DELETE
    @Path("/jobs/{id}")
    @Operation(operationId = "deleteExport", summary = "Cancel an asynchronous export or delete its files")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        exports.delete(id);
    }

    private static FactSelection selection(String since, String cursor, List<String> types) {
        List<Violation> violations = new ArrayList<>();
        OffsetDateTime sinceTime = null;
        if (since != null) {
            try {
                sinceTime = OffsetDateTime.parse(since);
            } catch (DateTimeParseException e) {
                violations.add(new Violation("since", "must be an RFC 3339 date-time, e.g. 2026-01-01T00:00:00Z"));
            }
        }
        long after = 0;
        if (cursor != null) {
            try {
                after = ExportCursor.sequence(cursor, "cursor");
            } catch (ProblemException e) {
                violations.add(new Violation("cursor", "is not a cursor an export gave out"));
            }
        }
        Set<ExportFactType> typeSet = EnumSet.noneOf(ExportFactType.class);
        for (String value : types == null ? List.<String>of() : types) {
            for (String name : value.split(",", -1)) {
                ExportFactType.named(name.trim()).ifPresentOrElse(typeSet::add,
                        () -> violations.add(new Violation("types", "names a type that is not an export fact type")));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new FactSelection(after, sinceTime, typeSet);
    }
}
