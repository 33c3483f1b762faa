package fi.polku.intake.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.intake.service.IdentityLookups;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;
import fi.polku.platform.time.ServiceTime;

@Path("/api/v1/identity-lookups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access log")
public class IdentityLookupResource {

    private final IdentityLookups lookups;
    private final ServiceTime time;

    public IdentityLookupResource(IdentityLookups lookups, ServiceTime time) {
        this.lookups = lookups;
        this.time = time;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Transactional
    @Operation(operationId = "listIdentityLookups", summary = "Lookups by identity code in a period, for the auditor",
            description = "Hits, misses and refused bursts (RATE_LIMITED), newest first; the identity code looked up"
                    + " is never kept. Days are Finnish calendar days, both inclusive; the default is the last 30 days."
                    + ApiDocs.PAGED)
    public Page<IdentityLookupView> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageParameters page) {
        LocalDate last = to == null ? time.today() : to;
        return lookups.madeBetween(from == null ? last.minusDays(30) : from, last, page.request())
                .map(IdentityLookupView::of);
    }
}
