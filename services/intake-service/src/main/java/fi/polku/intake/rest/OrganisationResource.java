package fi.polku.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.intake.domain.Organisation;
import fi.polku.intake.domain.OrganisationKind;
import fi.polku.intake.domain.OrganisationRegister;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The organisation register the requests' organisation identifiers are"
        + " checked against")
public class OrganisationResource {

    private final OrganisationRegister register;

    public OrganisationResource(OrganisationRegister register) {
        this.register = register;
    }

    @GET
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR,
        Roles.ANALYST, Roles.AUDITOR})
    @Operation(operationId = "listOrganisations", summary = "The organisation register, for a form to offer",
            description = "The organisations a referral, an interview or a consent may name: the county's own and "
                    + "its partners, by identifier (business ID or lower-case code), with names in Finnish and "
                    + "Swedish and their kind, in the order of the identifiers. A code must be one of these; a "
                    + "business ID outside the register is accepted when its check digit holds." + ApiDocs.PAGED)
    @APIResponse(responseCode = "200", description = "A page of the register")
    public Page<Organisation> list(
            @Parameter(description = "Only organisations of this kind") @QueryParam("kind") OrganisationKind kind,
            @Valid @BeanParam PageParameters page) {
        return Page.slice(register.all().stream().filter(o -> kind == null || o.kind() == kind).toList(),
                page.request(), organisation -> PageKey.of(organisation.identifier()));
    }
}
