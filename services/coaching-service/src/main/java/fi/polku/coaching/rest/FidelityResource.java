package fi.polku.coaching.rest;

import java.net.URI;
import java.time.LocalDate;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.coaching.domain.FidelityReview;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.service.EpisodeAccess;
import fi.polku.coaching.service.FeeReportService;
import fi.polku.coaching.service.FidelityService;
import fi.polku.coaching.service.ProviderService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;
import fi.polku.platform.time.ServiceTime;

@Path("/api/v1/providers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Fidelity and fees", description = "The 25-item fidelity review, indicators computed from the recorded"
        + " work, and the fees earned")
public class FidelityResource {

    private final ProviderService providers;
    private final FidelityService fidelity;
    private final FeeReportService fees;
    private final EpisodeAccess access;
    private final IdempotentCreate idempotentCreate;
    private final Caller caller;
    private final ServiceTime today;

    public FidelityResource(ProviderService providers, FidelityService fidelity, FeeReportService fees,
            EpisodeAccess access, IdempotentCreate idempotentCreate, Caller caller, ServiceTime today) {
        this.providers = providers;
        this.fidelity = fidelity;
        this.fees = fees;
        this.access = access;
        this.idempotentCreate = idempotentCreate;
        this.caller = caller;
        this.today = today;
    }

    @POST
    @Path("/fidelity-reviews")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "recordFidelityReview", summary = "Record a fidelity review",
            description = "All 25 items, each scored 1–5, given as a range (e.g. 3–5; the upper end counts in the"
                    + " total), scored by the met sub-criteria (items 5, 8, 10, 11, 13, 25; see"
                    + " `listFidelityCriteria`) or marked not applicable with a reason; with the reviewers and the"
                    + " place. The response gives the total, the lowest total, the band, how not-applicable items are"
                    + " treated and when the next review is due. Emits FidelityReviewRecorded.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FidelityReviewView.class)))
    public Response record(@PathParam("id") UUID id, @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull FidelityReviewRequest request) {
        Provider provider = providers.get(id);
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            FidelityReview review = fidelity.record(provider, request.entry(), caller.subject());
            return Response.created(URI.create("/api/v1/providers/" + id + "/fidelity-reviews/" + review.id))
                    .entity(FidelityReviewView.of(review)).build();
        });
    }

    @GET
    @Path("/fidelity-reviews")
    @RolesAllowed({Roles.COORDINATOR, Roles.ANALYST, Roles.JOB_COACH})
    @Transactional
    @Operation(operationId = "listFidelityReviews", summary = "A provider's fidelity reviews, newest first",
            description = "By review date, then recording time and id, all descending; paged.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<FidelityReviewView> reviews(@PathParam("id") UUID id, @Valid @BeanParam PageParameters page) {
        Provider provider = providers.get(id);
        access.requireOwnProvider(provider);
        Page<FidelityReview> found = fidelity.reviews(id, page.request());
        return found.map(FidelityReviewView::of);
    }

    @GET
    @Path("/fidelity-reviews/{reviewId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ANALYST, Roles.JOB_COACH})
    @Transactional
    @Operation(operationId = "getFidelityReview", summary = "Read a fidelity review of the provider")
    @APIResponse(responseCode = "200", description = "The review with its total and band",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FidelityReviewView.class)))
    public FidelityReviewView review(@PathParam("id") UUID id, @PathParam("reviewId") UUID reviewId) {
        Provider provider = providers.get(id);
        access.requireOwnProvider(provider);
        return FidelityReviewView.of(fidelity.review(provider, reviewId));
    }

    @GET
    @Path("/fidelity-review-schedule")
    @RolesAllowed({Roles.COORDINATOR, Roles.ANALYST, Roles.JOB_COACH})
    @Transactional
    @Operation(operationId = "getFidelityReviewSchedule", summary = "When the provider's next fidelity review is due",
            description = "For the provider and the ELY centre (LIITE 1, 11.2): half a year after a review below 100"
                    + " points, a year after one of at least 100, read from the latest review; half a year after"
                    + " the contract started when there is no review yet.")
    @APIResponse(responseCode = "200", description = "The due date and what it rests on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FidelityReviewScheduleView.class)))
    public FidelityReviewScheduleView schedule(@PathParam("id") UUID id) {
        Provider provider = providers.get(id);
        access.requireOwnProvider(provider);
        return FidelityReviewScheduleView.of(id, fidelity.schedule(provider), fidelity.latestReview(provider),
                today.today());
    }

    @GET
    @Path("/fidelity-indicators")
    @RolesAllowed({Roles.COORDINATOR, Roles.ANALYST, Roles.JOB_COACH})
    @Transactional
    @Operation(operationId = "getFidelityIndicators",
            summary = "Fidelity items computed from the recorded work in a period",
            description = "Items 1, 3, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24 and 25: the value, the score it implies"
                    + " by the criterion's anchors, and the data behind it. A fixed set of thirteen items, so not"
                    + " paged.")
    @APIResponse(responseCode = "200", description = "The computed items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FidelityIndicatorsView.class)))
    public FidelityIndicatorsView indicators(@PathParam("id") UUID id,
            @Parameter(required = true, description = FROM) @QueryParam("from") LocalDate from,
            @Parameter(required = true, description = TO) @QueryParam("to") LocalDate to) {
        requirePeriod(from, to);
        Provider provider = providers.get(id);
        access.requireOwnProvider(provider);
        return FidelityIndicatorsView.of(id, from, to, fidelity.indicators(provider, from, to));
    }

    @GET
    @Path("/fees")
    @RolesAllowed({Roles.COORDINATOR, Roles.ANALYST})
    @Transactional
    @Operation(operationId = "getFeeReport", summary = "Fees earned in a period, in total and per fee type",
            description = "For the ELY centre's invoicing check; both dates included. The fees one by one, with"
                    + " their clients, are the paged list `GET /api/v1/providers/{id}/fee-lines` of the same period.")
    @APIResponse(responseCode = "200", description = "The totals of the period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FeeReportView.class)))
    public FeeReportView fees(@PathParam("id") UUID id,
            @Parameter(required = true, description = FROM) @QueryParam("from") LocalDate from,
            @Parameter(required = true, description = TO) @QueryParam("to") LocalDate to) {
        requirePeriod(from, to);
        return FeeReportView.of(fees.report(providers.get(id), from, to));
    }

    @GET
    @Path("/fee-lines")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(operationId = "listFeeLines", summary = "The fees earned in a period, one by one",
            description = "For the ELY centre's invoicing check, per client: each fee with its client, episode, type,"
                    + " amount and the outcome that earned it; both dates included. In the order earned (then by"
                    + " id), paged. For the coordinator supervising the contract only: an analyst's reports hold no"
                    + " client-level rows, whatever consents say; the totals are `GET /api/v1/providers/{id}/fees`.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<FeeReportView.FeeLine> feeLines(@PathParam("id") UUID id,
            @Parameter(required = true, description = FROM) @QueryParam("from") LocalDate from,
            @Parameter(required = true, description = TO) @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageParameters page) {
        requirePeriod(from, to);
        return fees.lines(providers.get(id), from, to, page.request()).map(FeeReportView.FeeLine::of);
    }

    private static final String FROM = "The first day of the period (ISO date, Finnish time), included";
    private static final String TO = "The last day of the period (ISO date, Finnish time), included; not before from";

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw ProblemException.invalidField("from", "is required (ISO date)");
        }
        if (to == null) {
            throw ProblemException.invalidField("to", "is required (ISO date)");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
    }
}
