package fi.polku.assessment.service;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.AssessmentStatus;
import fi.polku.assessment.domain.StatusChangeTarget;
import fi.polku.assessment.messaging.AssessmentEventData.CancellationReason;
import fi.polku.assessment.messaging.AssessmentEvents;
import fi.polku.assessment.messaging.WorkAbilityTeamBooked;
import fi.polku.assessment.repository.AssessmentRepository;
import fi.polku.assessment.repository.TeamRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

/**
 * Starts assessments from bookings or team members and moves them through their statuses; a referral the assessment
 * came from follows (it starts with the assessment and is cancelled with it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final TeamRepository teams;
    private final KnownClients knownClients;
    private final AssessmentEvents events;
    private final ClientAccess access;
    private final AssessmentReferralLog referrals;
    private final ServiceTime time;

    public AssessmentService(AssessmentRepository assessments, TeamRepository teams, KnownClients knownClients,
            AssessmentEvents events, ClientAccess access, AssessmentReferralLog referrals, ServiceTime time) {
        this.referrals = referrals;
        this.assessments = assessments;
        this.teams = teams;
        this.knownClients = knownClients;
        this.events = events;
        this.access = access;
        this.time = time;
    }

    /**
     * A team member schedules an assessment for a client they already have access to (the team's members get
     * access through the scheduling, so it cannot be the way in).
     */
    public Assessment create(UUID clientId, UUID teamId, OffsetDateTime appointmentAt, String reason) {
        knownClients.requireInBody(clientId);
        access.require(clientId, "schedule work-ability assessment");
        if (teams.findByIdOptional(teamId).isEmpty()) {
            throw ProblemException.businessRule("teamId", "is not a work-ability team of this service");
        }
        Assessment assessment = Assessment.schedule(clientId, teamId, null, appointmentAt, reason.strip(),
                time.timestamp());
        assessments.persist(assessment);
        events.scheduled(assessment, false);
        return assessment;
    }

    /** A booking made in intake; a booking already turned into an assessment is not scheduled twice. */
    public void scheduleFromBooking(WorkAbilityTeamBooked booking) {
        if (assessments.findByBooking(booking.bookingId()).isPresent()) {
            return;
        }
        // the booking's written reason stays in intake: events carry no free text
        Assessment assessment = Assessment.schedule(booking.clientId(), booking.teamId(), booking.bookingId(),
                booking.appointmentAt(), "Booked by intake", time.timestamp());
        assessments.persist(assessment);
        events.scheduled(assessment, false);
    }

    public Assessment get(UUID id) {
        return authorised(id, "read work-ability assessment");
    }

    public Page<Assessment> listForClient(UUID clientId, WorkListFilter filter, PageRequest page) {
        access.require(clientId, "list work-ability assessments");
        return assessments.page(clientId, filter.teamId() == null ? null : List.of(filter.teamId()), filter,
                filter.statusesOr(EnumSet.allOf(AssessmentStatus.class)), Map.of(), page);
    }

    /** The assessment, once the caller's basis for {@code action} on its client is checked (404 or 403 otherwise). */
    Assessment authorised(UUID id, String action) {
        Assessment assessment = assessments.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Assessment", id));
        access.require(assessment.clientId, action);
        return assessment;
    }

    /** As {@link #authorised}, for a change: then checks {@code If-Match} when the caller sent it. */
    Assessment forChange(UUID id, String ifMatch, String action) {
        Assessment assessment = authorised(id, action);
        if (ifMatch != null) {
            Versions.requireCurrent(assessment.version, ifMatch);
        }
        return assessment;
    }

    public Assessment changeStatus(UUID id, StatusChangeTarget status, String reason, String ifMatch) {
        Assessment assessment = forChange(id, ifMatch, "change assessment status to " + status);
        OffsetDateTime now = time.timestamp();
        switch (status) {
            case IN_PROGRESS -> {
                assessment.start(now);
                referrals.assessmentStarted(assessment);
            }
            case CANCELLED -> {
                assessment.cancel(reason, now);
                events.cancelled(assessment, CancellationReason.CANCELLED);
                referrals.assessmentCancelled(assessment);
            }
            case CLIENT_DID_NOT_ATTEND -> {
                assessment.clientDidNotAttend(reason, now);
                events.cancelled(assessment, CancellationReason.CLIENT_DID_NOT_ATTEND);
            }
        }
        assessments.flush();
        return assessment;
    }

    public Assessment reschedule(UUID id, OffsetDateTime appointmentAt, String reason, String ifMatch) {
        Assessment assessment = forChange(id, ifMatch, "reschedule work-ability assessment");
        assessment.reschedule(appointmentAt, reason, time.timestamp());
        assessments.flush();
        events.scheduled(assessment, true);
        return assessment;
    }
}
