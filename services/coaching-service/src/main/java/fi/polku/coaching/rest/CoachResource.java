package fi.polku.coaching.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.coaching.domain.Coach;
import fi.polku.coaching.domain.EmployerContact;
import fi.polku.coaching.service.CoachWorkListService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
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
    @Operation(operationId = "recordEmployerContact", summary = "Record an employer contact",
            description = "Face-to-face or not, for which clients, and whether based on the clients' preferences"
                    + " rather than an open vacancy; the evidence of fidelity items 15, 16 and 17. Recorded only by"
                    + " the coach themselves (their userId is the token's subject) or by a provider lead on the"
                    + " coach's behalf; who entered it is kept (`recordedBy`).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EmployerContactView.class)))
    public Response addEmployerContact(@PathParam("id") UUID id,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull EmployerContactRequest request) {
        Coach coach = work.ownCoach(id);
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            EmployerContact contact = work.recordEmployerContact(coach, request.entry());
            return Response.created(URI.create("/api/v1/coaches/" + id + "/employer-contacts/" + contact.id))
                    .entity(EmployerContactView.of(contact)).build();
        });
    }

    @GET
    @Path("/employer-contacts")
    @RolesAllowed({Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listEmployerContacts", summary = "The coach's employer contacts",
            description = "By contact date, then recording time and id, paged.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<EmployerContactView> employerContacts(@PathParam("id") UUID id,
            @Valid @BeanParam PageParameters page) {
        Page<EmployerContact> found = work.employerContacts(work.ownCoach(id), page.request());
        return found.map(EmployerContactView::of);
    }

    @GET
    @Path("/employer-contacts/{contactId}")
    @RolesAllowed({Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "getEmployerContact", summary = "Read one of the coach's employer contacts")
    @APIResponse(responseCode = "200", description = "The employer contact",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EmployerContactView.class)))
    public EmployerContactView employerContact(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId) {
        return EmployerContactView.of(work.employerContact(work.ownCoach(id), contactId));
    }

    @GET
    @Path("/due-contacts")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "listDueContacts",
            summary = "The coach's work list of follow-along contacts and deadlines due or overdue",
            description = "The follow-along contacts of item 23 (with the contact within 3 working days of hearing"
                    + " a job ended) and the start's deadlines: the vocational profile by the third held meeting"
                    + " (VOCATIONAL_PROFILE, item 14) and the first face-to-face employer contact within 30 days"
                    + " (FIRST_EMPLOYER_CONTACT, item 15)."
                    + " Over the coach's active clients whose consent covers the provider, earliest due first"
                    + " (then by episode, job, kind and sequence), paged. Computed for today on every request: a"
                    + " contact kept or falling due while paging moves out of or into the list.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<DueContactView> dueContacts(@PathParam("id") UUID id, @Valid @BeanParam PageParameters page) {
        return work.dueContacts(work.ownCoach(id), page.request()).map(DueContactView::of);
    }
}
