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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.EpisodeStatus;
import fi.polku.coaching.domain.Phase;
import fi.polku.coaching.repository.EpisodeRepository;
import fi.polku.coaching.service.EpisodeListService;
import fi.polku.coaching.domain.Job;
import fi.polku.coaching.domain.Meeting;
import fi.polku.coaching.domain.VocationalProfile;
import fi.polku.coaching.service.CoachingWorkService;
import fi.polku.coaching.service.EpisodeAccess;
import fi.polku.coaching.service.EpisodeService;
import fi.polku.coaching.service.ReferralLog;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageParameters;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;
import fi.polku.platform.time.ServiceTime;

@Path("/api/v1/coaching-episodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coaching episodes", description = "A client's IPS coaching with one provider and one coach")
public class EpisodeResource {

    private final EpisodeService episodes;
    private final EpisodeListService lists;
    private final CoachingWorkService work;
    private final EpisodeAccess access;
    private final IdempotentCreate idempotentCreate;
    private final Caller caller;
    private final ServiceTime time;

    public EpisodeResource(EpisodeService episodes, EpisodeListService lists, CoachingWorkService work,
            EpisodeAccess access, IdempotentCreate idempotentCreate, Caller caller, ServiceTime time) {
        this.time = time;
        this.episodes = episodes;
        this.lists = lists;
        this.work = work;
        this.access = access;
        this.idempotentCreate = idempotentCreate;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.INTAKE_WORKER, Roles.CASE_OWNER, Roles.TEAM_MEMBER, Roles.JOB_COACH, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "referToCoaching", summary = "Refer a client to coaching",
            description = "Anyone may refer (zero exclusion). The episode waits until the client's valid consent"
                    + " covers the provider and a coach is under their caseload limit; then it starts with the"
                    + " least loaded coach and emits CoachingStarted and FeeEarned (START).")
    @APIResponse(responseCode = "201", description = "Referred; the episode waits or has started",
            headers = {
                @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(responseCode = "409", description = "The client already has an open coaching episode (its id is"
            + " in `episodeId`)")
    public Response refer(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull EpisodeRequest request) {
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            UUID providerId = access.referralProvider(request.clientId(), request.providerId());
            Episode episode = episodes.refer(new EpisodeService.Referral(request.clientId(), null, null, providerId,
                    null, request.referrerType(), caller.subject(), request.reason()));
            return Response.created(URI.create("/api/v1/coaching-episodes/" + episode.id))
                    .tag(Versions.etag(episode.version)).entity(view(episode)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.JOB_COACH, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER, Roles.COORDINATOR})
    @Transactional
    @Operation(operationId = "listEpisodes", summary = "Work lists of coaching episodes",
            description = "By provider, by coach (`coachId=me`: the caller's own caseload, found by the token's"
                    + " subject as the coach's userId), by client, with status and phase filters; the oldest referral"
                    + " first (creation time, then id), paged. Only clients the caller has a basis for appear (a"
                    + " client filter without a basis is a 403); a provider's coach sees only their own provider's"
                    + " episodes; a coordinator supervising the providers sees every episode, waiting referrals"
                    + " included.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<EpisodeView> list(
            @Parameter(description = "Only this provider's episodes") @QueryParam("providerId") UUID providerId,
            @Parameter(description = "Only this coach's episodes; `me` for the caller's own")
            @QueryParam("coachId") @Pattern(regexp = "^(me|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
                    + "-[0-9a-fA-F]{12})$", message = "must be `me` or a UUID") String coachId,
            @Parameter(description = "Only this client's episodes") @QueryParam("clientId") UUID clientId,
            @Parameter(description = "Only episodes in this status") @QueryParam("status") EpisodeStatus status,
            @Parameter(description = "Only episodes in this phase") @QueryParam("phase") Phase phase,
            @Valid @BeanParam PageParameters page) {
        Page<Episode> found = lists.list(new EpisodeListService.Query(providerId, coachId, clientId,
                new EpisodeRepository.Filter(null, null, null, status, phase)), page.request());
        return found.map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.JOB_COACH, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(operationId = "getEpisode", summary = "Read a coaching episode",
            description = "A provider's coach sees it only while the client's valid consent covers the provider.")
    @APIResponse(responseCode = "200", description = "The episode",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EpisodeView.class)))
    public Response get(@PathParam("id") UUID id) {
        Episode episode = access.episode(id, "read coaching episode");
        return Response.ok(view(episode)).tag(Versions.etag(episode.version)).build();
    }

    @POST
    @Path("/{id}/phase-transitions")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "changePhase", summary = "Move the episode to another phase",
            description = "Phases go in order: ENGAGEMENT, VOCATIONAL_PROFILE, JOB_SEARCH, EMPLOYER_AGREEMENT,"
                    + " JOB_SUPPORT. Exceptions: JOB_SEARCH to JOB_SUPPORT (a job without an employer agreement),"
                    + " EMPLOYER_AGREEMENT to JOB_SEARCH (not hired), JOB_SUPPORT to JOB_SEARCH (a job ended), and"
                    + " JOB_SEARCH or JOB_SUPPORT back to VOCATIONAL_PROFILE. Emits CoachingPhaseChanged.")
    @APIResponse(responseCode = "200", description = "The episode in its new phase",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(responseCode = "422", description = "The phase order does not allow the move (`toPhase`), or the"
            + " episode is not active")
    public Response transition(@PathParam("id") UUID id, @Valid @NotNull PhaseTransitionRequest request) {
        Episode episode = access.episode(id, "change coaching phase");
        episodes.transition(episode, request.toPhase(), request.reason(), caller.subject());
        return Response.ok(view(episode)).tag(Versions.etag(episode.version)).build();
    }

    @GET
    @Path("/{id}/phase-transitions")
    @RolesAllowed({Roles.JOB_COACH, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(operationId = "listPhaseTransitions", summary = "The episode's phase history",
            description = "Oldest first (by change time, then id), paged; the first entry is the start of coaching.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<PhaseChangeView> phaseHistory(@PathParam("id") UUID id, @Valid @BeanParam PageParameters page) {
        access.episode(id, "read coaching phases");
        Page<fi.polku.coaching.domain.PhaseChange> found = episodes.phaseHistory(id, page.request());
        return found.map(PhaseChangeView::of);
    }

    @POST
    @Path("/{id}/coach-changes")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "changeCoach", summary = "Move the episode to another coach of the provider",
            description = "With the reason as a code (`reasonCode`) and, for OTHER, in words (`reason`); the new"
                    + " coach must be of the same provider and under their caseload limit. The history is kept"
                    + " (item 3: the same coach through all phases). Emits CoachChanged.")
    @APIResponse(responseCode = "200", description = "The episode with its new coach",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(responseCode = "422", description = "The episode is already with that coach, the coach is at their"
            + " caseload limit (`coachId`), or " + ApiDocs.NOT_ACTIVE)
    public Response changeCoach(@PathParam("id") UUID id, @Valid @NotNull CoachChangeRequest request) {
        Episode episode = access.episode(id, "change coach");
        episodes.changeCoach(episode, request.coachId(), request.code(), request.words(), caller.subject());
        return Response.ok(view(episode)).tag(Versions.etag(episode.version)).build();
    }

    @GET
    @Path("/{id}/coach-changes")
    @RolesAllowed({Roles.JOB_COACH, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(operationId = "listCoachChanges", summary = "The episode's coach changes",
            description = "Oldest first (by change time, then id), paged.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<CoachChangeView> coachChanges(@PathParam("id") UUID id, @Valid @BeanParam PageParameters page) {
        access.episode(id, "read coach changes");
        return episodes.coachChanges(id, page.request()).map(CoachChangeView::of);
    }

    @PUT
    @Path("/{id}/vocational-profile")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "writeVocationalProfile", summary = "Write the vocational profile",
            description = "The first PUT creates it; an update needs the profile's ETag in If-Match. Update it"
                    + " after each job: what the job taught. " + ApiDocs.OWN_NAME)
    @APIResponse(responseCode = "200", description = "The profile as written",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VocationalProfileView.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.NOT_ACTIVE)
    public Response putProfile(@PathParam("id") UUID id,
            @Parameter(description = "The profile's ETag (from the last read or write). The first write, which"
                    + " creates the profile, has no ETag to send: any value (e.g. `*`) is accepted then.")
            @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull VocationalProfileRequest request) {
        Episode episode = access.episode(id, "write vocational profile");
        VocationalProfile profile = work.putProfile(episode, request.content(), ifMatch);
        return Response.ok(VocationalProfileView.of(profile)).tag(Versions.etag(profile.version)).build();
    }

    @GET
    @Path("/{id}/vocational-profile")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "getVocationalProfile", summary = "Read the vocational profile",
            description = "404 until the first write.")
    @APIResponse(responseCode = "200", description = "The profile",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VocationalProfileView.class)))
    public Response getProfile(@PathParam("id") UUID id) {
        access.episode(id, "read vocational profile");
        VocationalProfile profile = work.profile(id)
                .orElseThrow(() -> ProblemException.notFound("Vocational profile of episode", id));
        return Response.ok(VocationalProfileView.of(profile)).tag(Versions.etag(profile.version)).build();
    }

    @POST
    @Path("/{id}/meetings")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "recordMeeting", summary = "Record a meeting, held or missed",
            description = "A missed meeting (NO_SHOW) records the attempts to reach the client; the episode stays"
                    + " open, never closed for missed meetings. " + ApiDocs.OWN_NAME)
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.NOT_ACTIVE + ", or "
            + ApiDocs.IDEMPOTENCY_REUSED)
    public Response addMeeting(@PathParam("id") UUID id, @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull MeetingRequest request) {
        Episode episode = access.episode(id, "record coaching meeting");
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Meeting meeting = work.recordMeeting(episode, request.entry());
            return Response.created(URI.create("/api/v1/coaching-episodes/" + id + "/meetings/" + meeting.id))
                    .entity(MeetingView.of(meeting)).build();
        });
    }

    @GET
    @Path("/{id}/meetings")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "listMeetings", summary = "The episode's meetings",
            description = "By meeting date, then recording time and id, paged.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<MeetingView> meetings(@PathParam("id") UUID id, @Valid @BeanParam PageParameters page) {
        access.episode(id, "read coaching meetings");
        Page<Meeting> found = work.meetings(id, page.request());
        return found.map(MeetingView::of);
    }

    @GET
    @Path("/{id}/meetings/{meetingId}")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "getMeeting", summary = "Read a meeting of the episode")
    @APIResponse(responseCode = "200", description = "The meeting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingView.class)))
    public MeetingView meeting(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId) {
        Episode episode = access.episode(id, "read coaching meeting");
        return MeetingView.of(work.meeting(episode, meetingId));
    }

    @POST
    @Path("/{id}/jobs")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "recordJob", summary = "Record a job or work trial the client starts",
            description = "Emits JobStarted; for employment, schedules the follow-along contacts of item 23. "
                    + ApiDocs.OWN_NAME)
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.NOT_ACTIVE + ", or "
            + ApiDocs.IDEMPOTENCY_REUSED)
    public Response startJob(@PathParam("id") UUID id, @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @Valid @NotNull JobRequest request) {
        Episode episode = access.episode(id, "record job");
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            Job job = work.startJob(episode, request.entry());
            return Response.created(URI.create("/api/v1/coaching-episodes/" + id + "/jobs/" + job.id))
                    .entity(JobView.of(job)).build();
        });
    }

    @GET
    @Path("/{id}/jobs")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "listJobs", summary = "The episode's jobs and work trials",
            description = "By start date, then recording time and id, paged.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<JobView> jobs(@PathParam("id") UUID id, @Valid @BeanParam PageParameters page) {
        access.episode(id, "read jobs");
        Page<Job> found = work.jobs(id, page.request());
        return found.map(JobView::of);
    }

    @GET
    @Path("/{id}/jobs/{jobId}")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "getJob", summary = "Read a job or work trial of the episode")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobView.class)))
    public JobView job(@PathParam("id") UUID id, @PathParam("jobId") UUID jobId) {
        Episode episode = access.episode(id, "read job");
        return JobView.of(work.job(episode, jobId));
    }

    @POST
    @Path("/{id}/jobs/{jobId}/end")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "endJob", summary = "Record that a job ended",
            description = "Emits JobEnded; a contact is due within 3 working days of hearing of it (Finnish public"
                    + " holidays are not working days). " + ApiDocs.OWN_NAME)
    @APIResponse(responseCode = "200", description = "The ended job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "422", description = "The job already ended, or " + ApiDocs.NOT_ACTIVE)
    public JobView endJob(@PathParam("id") UUID id, @PathParam("jobId") UUID jobId,
            @Valid @NotNull JobEndRequest request) {
        Episode episode = access.episode(id, "record job end");
        return JobView.of(work.endJob(episode, jobId, request.ending()));
    }

    @PUT
    @Path("/{id}/rehabilitative-work-activity")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "recordRehabilitativeWorkActivity",
            summary = "Record rehabilitative work activity alongside coaching",
            description = "Needs the episode's ETag in If-Match. The episode then shows the flags of the pilot's"
                    + " rules: a pause for a work trial of over one month, and a missing paying statement when a"
                    + " work trial runs alongside the activity.")
    @APIResponse(responseCode = "200", description = "The episode with the activity and its flags",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.NOT_ACTIVE)
    public Response putRehabilitation(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Valid @NotNull RehabilitativeWorkActivityRequest request) {
        Episode episode = access.episode(id, "record rehabilitative work activity");
        work.putRehabilitation(episode, request.activity(), ifMatch);
        return Response.ok(view(episode)).tag(Versions.etag(episode.version)).build();
    }

    @POST
    @Path("/{id}/outcomes")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "recordOutcome", summary = "Record an outcome in the episode's life",
            description = "A work trial, then paid work, then studies…: each outcome is recorded with its date and"
                    + " its fee consequence, and the episode stays active, with meetings, jobs and follow-along as"
                    + " before (support is time-unlimited, item 23). PAID_WORK names the recorded job of kind"
                    + " EMPLOYMENT in the open labour market it rests on. The fee follows from the provider's"
                    + " contract, each fee type once per client and contract. Emits CoachingOutcomeRecorded and,"
                    + " when a fee is earned, FeeEarned. Ending the episode is its own act (`endEpisode`).")
    @APIResponse(responseCode = "201", description = "Recorded, with its fee consequence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutcomeView.class)))
    @APIResponse(responseCode = "422", description = ApiDocs.NOT_ACTIVE + ", or " + ApiDocs.IDEMPOTENCY_REUSED)
    public Response recordOutcome(@PathParam("id") UUID id,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @Valid @NotNull OutcomeRequest request) {
        Episode episode = access.episode(id, "record coaching outcome");
        return idempotentCreate.execute(idempotencyKey, request, () -> {
            EpisodeService.RecordedOutcome recorded = episodes.recordOutcome(episode, new EpisodeService.OutcomeEntry(
                    request.outcome(), request.date(), request.jobId(), request.satisfaction()), caller.subject());
            return Response.created(URI.create("/api/v1/coaching-episodes/" + id + "/outcomes/"
                    + recorded.outcome().id)).entity(OutcomeView.recorded(recorded.outcome(), recorded.feeDecision(),
                            recorded.fee().orElse(null))).build();
        });
    }

    @GET
    @Path("/{id}/outcomes")
    @RolesAllowed({Roles.JOB_COACH, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(operationId = "listOutcomes", summary = "The outcomes in the episode's life",
            description = "By outcome date, then recording time and id, paged.")
    @APIResponse(responseCode = "200", description = ApiDocs.PAGE)
    public Page<OutcomeView> outcomes(@PathParam("id") UUID id, @Valid @BeanParam PageParameters page) {
        access.episode(id, "read coaching outcomes");
        return episodes.outcomes(id, page.request()).map(OutcomeView::of);
    }

    @GET
    @Path("/{id}/outcomes/{outcomeId}")
    @RolesAllowed({Roles.JOB_COACH, Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER})
    @Transactional
    @Operation(operationId = "getOutcome", summary = "Read an outcome of the episode")
    @APIResponse(responseCode = "200", description = "The outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutcomeView.class)))
    public OutcomeView outcome(@PathParam("id") UUID id, @PathParam("outcomeId") UUID outcomeId) {
        Episode episode = access.episode(id, "read coaching outcome");
        return OutcomeView.of(episodes.outcome(episode, outcomeId));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.JOB_COACH, Roles.CASE_OWNER})
    @Transactional
    @Operation(operationId = "endEpisode", summary = "End the episode, with its reason",
            description = "An explicit act, never a time limit or missed meetings (item 25.1): the client's wish,"
                    + " a move away, or no contact after the documented engagement attempts (item 25.2). Frees the"
                    + " coach's place. Emits CoachingEnded with the reason.")
    @APIResponse(responseCode = "200", description = "The ended episode",
            headers = @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EpisodeView.class)))
    @APIResponse(responseCode = "422", description = "The episode has already ended, or the end for no contact lacks"
            + " the documented engagement attempts (`reason`)")
    public Response end(@PathParam("id") UUID id, @Valid @NotNull EndRequest request) {
        Episode episode = access.episode(id, "end coaching episode");
        episodes.end(episode, request.reason(), new ReferralLog.Actor(caller.subject(), caller.organisation()));
        return Response.ok(view(episode)).tag(Versions.etag(episode.version)).build();
    }

    @GET
    @Path("/{id}/follow-along")
    @RolesAllowed(Roles.JOB_COACH)
    @Transactional
    @Operation(operationId = "getFollowAlong", summary = "Follow-along contacts: due, done and overdue",
            description = "Item 23: face-to-face within a week before a job starts, within 3 days after, weekly in"
                    + " the first month, monthly until the first anniversary; any contact within 3 working days of"
                    + " hearing a job ended. Kept by held meetings in the window. The contacts are computed from the"
                    + " episode's jobs (about 20 a year per job), so they come whole, not paged.")
    @APIResponse(responseCode = "200", description = "The episode's follow-along contacts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowAlongView.class)))
    public FollowAlongView followAlong(@PathParam("id") UUID id) {
        access.episode(id, "read follow-along contacts");
        LocalDate today = time.today();
        return FollowAlongView.of(id, today, work.followAlong(id, today));
    }

    private EpisodeView view(Episode episode) {
        return EpisodeView.of(episode, work.rehabilitationFlags(episode, time.today()));
    }
}
