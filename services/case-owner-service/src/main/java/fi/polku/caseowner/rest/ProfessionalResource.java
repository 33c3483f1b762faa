package fi.polku.caseowner.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.service.ProfessionalService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.security.Roles;

@Path("/api/v1/professionals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Professionals", description = "The people who can be case owners and members of care networks")
public class ProfessionalResource {

    private final ProfessionalService professionals;
    private final IdempotentCreate idempotentCreate;

    public ProfessionalResource(ProfessionalService professionals, IdempotentCreate idempotentCreate) {
        this.professionals = professionals;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Add a professional")
    public Response create(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull ProfessionalRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Professional professional = professionals.create(request);
            return Response.created(URI.create("/api/v1/professionals/" + professional.id))
                    .tag(Versions.etag(professional.version)).entity(ProfessionalView.of(professional)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(summary = "List professionals")
    public List<ProfessionalView> list() {
        return professionals.list().stream().map(ProfessionalView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(summary = "Read a professional")
    public Response get(@PathParam("id") UUID id) {
        Professional professional = professionals.get(id);
        return Response.ok(ProfessionalView.of(professional)).tag(Versions.etag(professional.version)).build();
    }
}
