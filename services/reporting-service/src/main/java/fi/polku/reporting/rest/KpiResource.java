package fi.polku.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.platform.security.Roles;
import fi.polku.reporting.service.KpiService;

/** The headline figures, as JSON or (with {@code Accept: text/csv}) CSV like every report. */
@Path("/api/v1/kpis")
@Produces({MediaType.APPLICATION_JSON, CsvReportWriter.TEXT_CSV})
@Tag(name = "KPIs", description = "Headline figures, suppressed below five clients")
public class KpiResource {

    private final KpiService kpis;

    public KpiResource(KpiService kpis) {
        this.kpis = kpis;
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Transactional
    @Operation(operationId = "getKpis", summary = "Clients registered, with a case owner, and waiting for one",
            description = "The headline figures over every client registered so far, as the dashboard shows them; "
                    + "a count of 1-4 shows as \"<5\" and one that would give it away (with and waiting add up to "
                    + "registered) as \"..\", both with a null value. As JSON or (Accept: text/csv) CSV: the "
                    + "table `kpis`, a line per figure.")
    @APIResponse(responseCode = "200", description = "The headline figures now, as JSON or (Accept: text/csv) as CSV",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = KpiView.class)),
                @Content(mediaType = CsvReportWriter.TEXT_CSV,
                        schema = @Schema(type = SchemaType.STRING, description = ReportResource.CSV))})
    public KpiView get() {
        return KpiView.of(kpis.current());
    }
}
