package fi.polku.partner.rest;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.partner.domain.WebhookSubscription;
import fi.polku.partner.service.SubscriptionService;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.security.Roles;
import fi.polku.platform.time.ServiceTime;

@Path("/api/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhook subscriptions", description = "A partner organisation's signed webhooks (Standard Webhooks):"
        + " events about clients whose consent names the organisation, delivered at least once with webhook-id ="
        + " the CloudEvent id as the idempotency key")
public class WebhookSubscriptionResource {

    private static final String BASE = "/api/v1/webhook-subscriptions/";

    private final SubscriptionService subscriptions;
    private final IdempotentCreate idempotentCreate;
    private final ServiceTime time;

    public WebhookSubscriptionResource(SubscriptionService subscriptions, IdempotentCreate idempotentCreate,
            ServiceTime time) {
        this.subscriptions = subscriptions;
        this.idempotentCreate = idempotentCreate;
        this.time = time;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe the caller's organisation to events",
            description = "The organisation is the token's org claim. The answer carries the shared secret (generated"
                    + " unless given) once; it is never shown again. Deliveries: POST of the CloudEvent"
                    + " (application/cloudevents+json) with webhook-id, webhook-timestamp and webhook-signature"
                    + " (v1,<base64 HMAC-SHA256 of id.timestamp.body>); 2xx is delivered, anything else is retried"
                    + " with exponential back-off and jitter for at least 24 h.")
    @APIResponse(responseCode = "201", description = "Subscribed",
            headers = {
                @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionView.class)))
    public Response create(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull SubscriptionRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            WebhookSubscription subscription = subscriptions.create(new SubscriptionService.NewSubscription(
                    request.callbackUrl(), request.eventTypes(), request.purpose(), request.secret()));
            return Response.created(URI.create(BASE + subscription.id)).tag(Versions.etag(subscription.version))
                    .entity(SubscriptionView.withSecret(subscription, time.timestamp())).build();
        });
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "listWebhookSubscriptions", summary = "List the caller's organisation's subscriptions",
            description = "Oldest first, paged. Secrets are not shown.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<SubscriptionView> list(@Valid @BeanParam PageParameters page) {
        OffsetDateTime now = time.timestamp();
        return subscriptions.list(page.request()).map(s -> SubscriptionView.of(s, now));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "getWebhookSubscription", summary = "Read a subscription",
            description = "Its secret is not shown." + ApiDocs.OWN_ORGANISATION)
    @APIResponse(responseCode = "200", description = "The subscription",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionView.class)))
    public Response get(@PathParam("id") UUID id) {
        return current(subscriptions.ownSubscription(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "deleteWebhookSubscription", summary = "End a subscription",
            description = "Pending deliveries are not sent; the delivery log goes with the subscription."
                    + ApiDocs.OWN_ORGANISATION)
    @APIResponse(responseCode = "204", description = "Ended")
    public void delete(@PathParam("id") UUID id) {
        subscriptions.delete(id);
    }

    @POST
    @Path("/{id}/re-enable")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "reEnableWebhookSubscription", summary = "Take a FAILING subscription back into use",
            description = "Sets it ACTIVE; a successful delivery does the same by itself." + ApiDocs.OWN_ORGANISATION)
    @APIResponse(responseCode = "200", description = "The subscription, ACTIVE",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionView.class)))
    public Response reEnable(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        return current(subscriptions.reEnable(id, ifMatch));
    }

    @POST
    @Path("/{id}/secret-rotations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "rotateWebhookSecret", summary = "Put a new shared secret in use without a gap",
            description = "With the subscription's ETag in If-Match. The answer carries the new secret (generated"
                    + " unless given) once. From now on each delivery's webhook-signature holds two signatures,"
                    + " `v1,<with the new secret> v1,<with the previous secret>`, until `previousSecretValidUntil`"
                    + " (`overlapHours` from now, 24 unless given); then only the new one. A receiver that verifies"
                    + " any one signature (as the Standard Webhooks libraries do) can switch to the new secret at"
                    + " any moment of the overlap." + ApiDocs.OWN_ORGANISATION)
    @APIResponse(responseCode = "200", description = "The subscription with its new secret",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionView.class)))
    public Response rotateSecret(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull SecretRotationRequest request) {
        WebhookSubscription subscription = subscriptions.rotateSecret(id, ifMatch, request.secret(),
                request.overlapHours() == null ? null : Duration.ofHours(request.overlapHours()));
        return Response.ok(SubscriptionView.withSecret(subscription, time.timestamp()))
                .tag(Versions.etag(subscription.version))
                .build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "listWebhookDeliveries", summary = "The subscription's delivery log",
            description = "Newest first, paged: each event's id (= webhook-id), type, status, attempts, the last"
                    + " HTTP status and the times." + ApiDocs.OWN_ORGANISATION)
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id, @Valid @BeanParam PageParameters page) {
        return subscriptions.deliveries(id, page.request()).map(DeliveryView::of);
    }

    @POST
    @Path("/{id}/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "replayWebhookDeliveries", summary = "Send the subscription's events since a moment again",
            description = "The delivered and failed deliveries of events that happened at or after `since` are sent"
                    + " again, in their order, with the same webhook-id (receivers that already have an event drop"
                    + " it). The basis is checked again before each send; events that were skipped for want of a"
                    + " basis are not sent." + ApiDocs.OWN_ORGANISATION)
    @APIResponse(responseCode = "202", description = "The deliveries are due again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplayView.class)))
    public Response replay(@PathParam("id") UUID id, @Valid @NotNull ReplayRequest request) {
        int replayed = subscriptions.replay(id, request.since());
        return Response.accepted(new ReplayView(request.since(), replayed)).build();
    }

    private Response current(WebhookSubscription subscription) {
        return Response.ok(SubscriptionView.of(subscription, time.timestamp())).tag(Versions.etag(subscription.version))
                .build();
    }
}
