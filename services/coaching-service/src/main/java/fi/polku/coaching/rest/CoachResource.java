package fi.polku.coaching.rest;

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

import fi.polku.coaching.domain.Coach;
import fi.polku.coaching.domain.EmployerContact;
import fi.polku.coaching.service.CoachWorkListService;
import fi.polku.coaching.service.Today;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.security.Roles;

@Path("/api/v1/coaches/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coaches", description = "A coach's employer contacts and follow-along work list")
public class CoachResource {

    private final CoachWorkListService work;
    private final IdempotentCreate idempotentCreate;

    public CoachResource(CoachWorkListService work, IdempotentCreate idempotentCreate) {
        this.work = work;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @Path("/employer-contacts")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(summary = "Record an employer contact",
            description = "Face-to-face or not, for which clients, and whether based on the clients' preferences"
                    + " rather than an open vacancy; the evidence of fidelity items 15, 16 and 17.")
    public Response addEmployerContact(@PathParam("id") UUID id,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull EmployerContactRequest request) {
        Coach coach = work.ownCoach(id);
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            EmployerContact contact = work.recordEmployerContact(coach, request);
            return Response.created(URI.create("/api/v1/coaches/" + id + "/employer-contacts/" + contact.id))
                    .entity(EmployerContactView.of(contact)).build();
        });
    }

    @GET
    @Path("/employer-contacts")
    @RolesAllowed({Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(summary = "The coach's employer contacts")
    public List<EmployerContactView> employerContacts(@PathParam("id") UUID id) {
        return work.employerContacts(work.ownCoach(id)).stream().map(EmployerContactView::of).toList();
    }

    @GET
    @Path("/due-contacts")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(summary = "The coach's work list of follow-along contacts due or overdue",
            description = "Over the coach's active clients whose consent covers the provider, earliest first.")
    public List<DueContactView> dueContacts(@PathParam("id") UUID id) {
        return work.dueContacts(work.ownCoach(id), Today.date()).stream().map(DueContactView::of).toList();
    }
}
