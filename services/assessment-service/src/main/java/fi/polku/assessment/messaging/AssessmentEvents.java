package fi.polku.assessment.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.ActivationPlan;
import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.AssessmentReferral;
import fi.polku.assessment.domain.ImplementationPlan;
import fi.polku.assessment.domain.InstrumentResponse;
import fi.polku.assessment.domain.instrument.InstrumentDefinition;
import fi.polku.assessment.domain.ServiceRecommendation;
import fi.polku.assessment.domain.ServiceType;
import fi.polku.assessment.domain.TeamMember;
import fi.polku.assessment.messaging.AssessmentEventData.ActivationPlanUpdated;
import fi.polku.assessment.messaging.AssessmentEventData.AssessmentCancelled;
import fi.polku.assessment.messaging.AssessmentEventData.AssessmentConcluded;
import fi.polku.assessment.messaging.AssessmentEventData.AssessmentReferralStatusChanged;
import fi.polku.assessment.messaging.AssessmentEventData.AssessmentScheduled;
import fi.polku.assessment.messaging.AssessmentEventData.CancellationReason;
import fi.polku.assessment.messaging.AssessmentEventData.CaseOwnerAgreed;
import fi.polku.assessment.messaging.AssessmentEventData.CoachingReferralIssued;
import fi.polku.assessment.messaging.AssessmentEventData.ImplementationPlanUpdated;
import fi.polku.assessment.messaging.AssessmentEventData.InstrumentResponsesRecorded;
import fi.polku.assessment.messaging.AssessmentEventData.PlannedServiceData;
import fi.polku.assessment.messaging.AssessmentEventData.ServiceRecommended;
import fi.polku.assessment.repository.TeamRepository;
import fi.polku.access.AccessFacts;
import fi.polku.access.AccessRelationshipEnded;
import fi.polku.access.AccessRelationshipOpened;
import fi.polku.access.ClientAccessConfig;
import fi.polku.access.RelationshipKind;
import fi.polku.platform.events.Topics;
import fi.polku.platform.outbox.Outbox;

/**
 * Publishes this service's events through the transactional outbox, in the caller's transaction; the assessments' moves
 * open and end the team's access, so each of them publishes an access fact besides ({@link AccessFacts}).
 */
@ApplicationScoped
public class AssessmentEvents {

    private final Outbox outbox;
    private final AccessFacts accessFacts;
    private final ClientAccessConfig access;
    private final TeamRepository teams;

    public AssessmentEvents(Outbox outbox, AccessFacts accessFacts, ClientAccessConfig access, TeamRepository teams) {
        this.outbox = outbox;
        this.accessFacts = accessFacts;
        this.access = access;
        this.teams = teams;
    }

    /** Names the team's active members with a user id, who thereby get access to the client in every service. */
    public void scheduled(Assessment assessment, boolean rescheduled) {
        List<String> memberUserIds = assessment.teamId == null ? List.of()
                : teams.findByIdOptional(assessment.teamId).map(team -> team.members).orElse(List.of()).stream()
                        .filter(member -> member.active() && member.userId() != null)
                        .map(TeamMember::userId).toList();
        outbox.publish(Topics.ASSESSMENT, "AssessmentScheduled", assessment.clientId,
                new AssessmentScheduled(assessment.clientId, assessment.id, assessment.teamId,
                        assessment.appointmentAt, assessment.updatedAt, assessment.bookingId, rescheduled,
                        memberUserIds));
        accessFacts.publish(AccessRelationshipOpened.from(assessment.clientId, RelationshipKind.ASSESSMENT_TEAM,
                assessment.id, memberUserIds, assessment.updatedAt));
    }

    public void cancelled(Assessment assessment, CancellationReason reason) {
        outbox.publish(Topics.ASSESSMENT, "AssessmentCancelled", assessment.clientId,
                new AssessmentCancelled(assessment.clientId, assessment.id, reason, assessment.updatedAt));
        accessFacts.publish(AccessRelationshipEnded.at(assessment.clientId, RelationshipKind.ASSESSMENT_TEAM,
                assessment.id, assessment.updatedAt));
    }

    /** The conclusion, one recommendation event per recommended service, and a coaching referral where due. */
    public void concluded(Assessment assessment) {
        outbox.publish(Topics.ASSESSMENT, "AssessmentConcluded", assessment.clientId,
                new AssessmentConcluded(assessment.clientId, assessment.id, assessment.workAbilityEstimate,
                        assessment.agreedProfessions, assessment.concludedAt, assessment.teamId,
                        assessment.supportPlan.followUpDate(), assessment.supportPlan.recommendations().stream()
                                .map(ServiceRecommendation::service).distinct().toList()));
        accessFacts.publish(new AccessRelationshipEnded(assessment.clientId, RelationshipKind.ASSESSMENT_TEAM,
                assessment.id, assessment.concludedAt.plus(access.teamAccessAfterConclusion()),
                assessment.concludedAt));
        publish(assessment.clientId, "CaseOwnerAgreed", new CaseOwnerAgreed(assessment.clientId, assessment.id,
                assessment.supportPlan.caseOwner().professionalId(), assessment.concludedAt));
        for (ServiceRecommendation recommendation : assessment.supportPlan.recommendations()) {
            publish(assessment.clientId, "ServiceRecommended", new ServiceRecommended(assessment.clientId,
                    assessment.id, recommendation.id(), recommendation.service(),
                    recommendation.responsibleOrganisation(), recommendation.targetDate()));
            if (recommendation.service() == ServiceType.SUPPORTED_EMPLOYMENT_COACHING) {
                coachingReferral(assessment, recommendation, assessment.concludedAt);
            }
        }
    }

    public void referralStatusChanged(AssessmentReferral referral) {
        publish(referral.clientId, "AssessmentReferralStatusChanged", new AssessmentReferralStatusChanged(referral.id,
                referral.clientId, referral.teamId, referral.assessmentId, referral.status.name(),
                referral.reasonCode == null ? null : referral.reasonCode.name(), referral.answerDueBy,
                referral.statusChangedAt, referral.sentBy));
    }

    /** Carries each scored scale's direction from the definition, so reports can tell better from worse. */
    public void instrumentResponsesRecorded(InstrumentResponse response, InstrumentDefinition definition) {
        Map<String, Boolean> higherIsBetter = new TreeMap<>();
        response.scaleScores.keySet().forEach(scale -> {
            Boolean direction = definition.higherIsBetter(scale);
            if (direction != null) {
                higherIsBetter.put(scale, direction);
            }
        });
        publish(response.clientId, "InstrumentResponsesRecorded", new InstrumentResponsesRecorded(response.clientId,
                response.assessmentId, response.instrument, response.instrumentVersion, response.timePoint,
                response.scaleScores, higherIsBetter, response.recordedAt));
    }

    public void activationPlanUpdated(ActivationPlan plan) {
        publish(plan.clientId, "ActivationPlanUpdated", new ActivationPlanUpdated(plan.clientId, plan.planId,
                plan.version, plan.validFrom, plan.validUntil, plan.agreedPossibilities, plan.recordedAt,
                plan.services.stream().map(s -> new PlannedServiceData(s.service(), s.from(), s.until(),
                        s.durationDays())).toList()));
    }

    public void implementationPlanUpdated(ImplementationPlan plan) {
        publish(plan.clientId, "ImplementationPlanUpdated", new ImplementationPlanUpdated(plan.clientId, plan.planId,
                plan.activationPlanId, plan.activityDaysPerWeek, plan.recordedAt, plan.version,
                plan.activationPlanVersion, plan.coachingOnActivityDays, plan.validFrom, plan.validUntil));
    }

    /**
     * The referral is the recommendation itself, so its id is the recommendation's: traceable both ways. Its
     * justification stays in the support plan (events carry no free text).
     */
    private void coachingReferral(Assessment assessment, ServiceRecommendation recommendation, OffsetDateTime at) {
        outbox.publish(Topics.ASSESSMENT, "CoachingReferralIssued", CoachingReferralIssued.VERSION,
                assessment.clientId, new CoachingReferralIssued(assessment.clientId, recommendation.id(),
                        assessment.id, recommendation.providerOrganisation(), at, recommendation.targetDate()));
    }

    private void publish(UUID clientId, String name, Object data) {
        outbox.publish(Topics.ASSESSMENT, name, clientId, data);
    }
}
