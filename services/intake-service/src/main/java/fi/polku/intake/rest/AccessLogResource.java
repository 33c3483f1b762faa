package fi.polku.intake.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.intake.domain.AccessLogEntry;
import fi.polku.intake.domain.AccessLogFilter;
import fi.polku.intake.service.ClientAccessLog;
import fi.polku.platform.audit.AccessOutcome;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/access-log")
@Tag(name = "Access log", description = "Who processed the client's data, in every service (Client Data Act §11)")
public class AccessLogResource {

    private static final String SERVICE_PATTERN = "^[a-z][a-z0-9-]{0,39}$";

    private final ClientAccessLog accessLog;

    public AccessLogResource(ClientAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUDITOR)
    @Transactional
    @Operation(operationId = "getAccessLog", summary = "The client's access log across the services",
            description = "Who processed the client's data, when, in which service, what, why, on what basis, and to"
                    + " which outside organisation it was disclosed; refused attempts included; oldest first. Entries"
                    + " older than two years are kept and flagged. Reading it is logged.\n\n"
                    + "`application/json` pages (`limit` and `cursor`, the next page's cursor in `next`) and filters:"
                    + " `from` and `to` (Finnish calendar days, both inclusive), `service` and `outcome`; a page's"
                    + " cursor is for the same filters. Ask for"
                    + " `text/html` for the printable document to hand to the client (Client Data Act 703/2023"
                    + " §11): it is always the whole log, so neither paging nor the filters apply to it.")
    @APIResponse(responseCode = "200", description = "A page of the log as JSON, or the whole log as a printable"
            + " HTML document",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = AccessLogPage.class)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING,
                        description = "A printable HTML document in Finnish and English"))})
    public Page<AccessLogEntry> json(@PathParam("clientId") UUID clientId,
            @Parameter(description = "First day (Finnish time) of the period, inclusive")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (Finnish time) of the period, inclusive; not before from")
            @QueryParam("to") LocalDate to,
            @Parameter(description = "Only the entries of this service: intake, case-owner, assessment, coaching or "
                    + "another service's name", schema = @Schema(pattern = SERVICE_PATTERN,
                            maxLength = 40))
            @QueryParam("service") @Pattern(regexp = SERVICE_PATTERN,
                    message = "must be a service name, e.g. intake or case-owner") String service,
            @Parameter(description = "Only allowed (ALLOWED) or only refused (DENIED) attempts")
            @QueryParam("outcome") AccessOutcome outcome,
            @Valid @BeanParam PageParameters page) {
        return accessLog.page(clientId, new AccessLogFilter(from, to, service, outcome), page.request());
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.AUDITOR)
    @Transactional
    @Operation(hidden = true)
    public String printable(@PathParam("clientId") UUID clientId) {
        return AccessLogDocument.render(accessLog.of(clientId));
    }

    /** The JSON page's schema, for the spec (the operation answers two media types). */
    @Schema(name = "PageAccessLogEntry", description = "A page of the access log")
    record AccessLogPage(
            @Schema(required = true, description = "The entries of this page, oldest first")
            java.util.List<AccessLogEntry> items,
            @Schema(required = true, nullable = true, description = "The cursor of the next page; null on the last"
                    + " page")
            String next) {
    }
}
