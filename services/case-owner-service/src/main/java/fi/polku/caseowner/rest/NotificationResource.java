package fi.polku.caseowner.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.caseowner.service.NotificationFeed;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What happened to the caller's clients, and reminders that fell due")
public class NotificationResource {

    private static final String NO_PROFESSIONAL = "The caller is a case owner whose login subject is no professional's"
            + " userId";

    private final NotificationFeed feed;

    public NotificationResource(NotificationFeed feed) {
        this.feed = feed;
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR, Roles.JOB_COACH})
    @Transactional
    @Operation(operationId = "listMyNotifications", summary = "The caller's notification feed, newest first",
            description = "The notifications of the professional whose userId is the caller's login subject in the "
                    + "county's staff organisation, and those for the caller's own login in their organisation (a "
                    + "provider's coach) and, for a coordinator, for their organisation's coordinators (which events "
                    + "notify whom: the README's rule table), newest first (creation time, then id), paged; "
                    + "`read=false` for the unread only.")
    @APIResponse(responseCode = "200", description = "One page of the feed; follow `next` for the following page")
    @APIResponse(responseCode = "404", description = NO_PROFESSIONAL)
    public Page<NotificationView> mine(
            @Parameter(description = "true: only read ones; false: only unread ones; left out: all")
            @QueryParam("read") Boolean read,
            @Valid @BeanParam PageParameters page) {
        return feed.mine(read, page.request()).map(NotificationView::of);
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Roles.CASE_OWNER, Roles.COORDINATOR, Roles.JOB_COACH})
    @Transactional
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read",
            description = "Only its recipient may (one of an organisation's coordinators for all of them); marking "
                    + "it again changes nothing (the first reading time stays).")
    @APIResponse(responseCode = "200", description = "The notification, read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No such notification, or " + NO_PROFESSIONAL)
    public NotificationView markRead(@PathParam("id") UUID id) {
        return NotificationView.of(feed.markRead(id));
    }
}
