package fi.polku.coaching.rest;

import java.net.URI;
import java.time.LocalDate;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.coaching.domain.FidelityReview;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.service.EpisodeAccess;
import fi.polku.coaching.service.FeeReportService;
import fi.polku.coaching.service.FidelityService;
import fi.polku.coaching.service.ProviderService;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;

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

    public FidelityResource(ProviderService providers, FidelityService fidelity, FeeReportService fees,
            EpisodeAccess access, IdempotentCreate idempotentCreate, Caller caller) {
        this.providers = providers;
        this.fidelity = fidelity;
        this.fees = fees;
        this.access = access;
        this.idempotentCreate = idempotentCreate;
        this.caller = caller;
    }

    @POST
    @Path("/fidelity-reviews")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Record a fidelity review",
            description = "All 25 items, each scored 1–5 or marked not applicable with a reason. The response gives"
                    + " the total, the band and how not-applicable items are treated. Emits FidelityReviewRecorded.")
    public Response record(@PathParam("id") UUID id, @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull FidelityReviewRequest request) {
        Provider provider = providers.get(id);
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            FidelityReview review = fidelity.record(provider, request, caller.subject());
            return Response.created(URI.create("/api/v1/providers/" + id + "/fidelity-reviews/" + review.id))
                    .entity(FidelityReviewView.of(review)).build();
        });
    }

    @GET
    @Path("/fidelity-reviews")
    @RolesAllowed({Roles.COORDINATOR, Roles.ANALYST, Roles.JOB_COACH})
    @Transactional
    @Operation(summary = "A provider's fidelity reviews, newest first")
    public List<FidelityReviewView> reviews(@PathParam("id") UUID id) {
        Provider provider = providers.get(id);
        access.requireOwnProvider(provider);
        return fidelity.reviews(id).stream().map(FidelityReviewView::of).toList();
    }

    @GET
    @Path("/fidelity-indicators")
    @RolesAllowed({Roles.COORDINATOR, Roles.ANALYST, Roles.JOB_COACH})
    @Transactional
    @Operation(summary = "Fidelity items computed from the recorded work in a period",
            description = "Items 1, 15, 16, 17, 19, 20, 21, 23 and 24: the value, the score it implies by the"
                    + " criterion's anchors, and the data behind it.")
    public FidelityIndicatorsView indicators(@PathParam("id") UUID id, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        requirePeriod(from, to);
        Provider provider = providers.get(id);
        access.requireOwnProvider(provider);
        return new FidelityIndicatorsView(id, from, to, fidelity.indicators(provider, from, to));
    }

    @GET
    @Path("/fees")
    @RolesAllowed({Roles.COORDINATOR, Roles.ANALYST})
    @Transactional
    @Operation(summary = "Fees earned in a period, per fee type and client",
            description = "For the ELY centre's invoicing check; both dates included.")
    public FeeReportView fees(@PathParam("id") UUID id, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        requirePeriod(from, to);
        return fees.report(providers.get(id), from, to);
    }

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
