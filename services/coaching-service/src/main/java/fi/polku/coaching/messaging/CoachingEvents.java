package fi.polku.coaching.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.CoachChange;
import fi.polku.coaching.domain.CoachingReferral;
import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.EpisodeOutcome;
import fi.polku.coaching.domain.Fee;
import fi.polku.coaching.domain.Job;
import fi.polku.coaching.domain.Phase;
import fi.polku.coaching.domain.Provider;
import fi.polku.platform.events.Topics;
import fi.polku.platform.outbox.Outbox;

/** The events of this service, written to the outbox in the caller's transaction (catalogue: api-specs/events). */
@ApplicationScoped
public class CoachingEvents {

    public record CoachingStarted(UUID clientId, UUID episodeId, UUID providerId, String providerOrganisation,
            UUID coachId, OffsetDateTime startedAt) {
    }

    /** The reason for the move stays in the episode's phase history here (events carry no free text). */
    public record CoachingPhaseChanged(UUID clientId, UUID episodeId, Phase fromPhase, Phase toPhase,
            OffsetDateTime changedAt) {
    }

    /** The reason in words stays in the episode's coach-change history here (events carry no free text). */
    public record CoachChanged(UUID clientId, UUID episodeId, UUID providerId, UUID fromCoachId, UUID toCoachId,
            String reasonCode, OffsetDateTime changedAt) {
    }

    public record JobStarted(UUID clientId, UUID episodeId, UUID jobId, UUID providerId, Job.Kind kind,
            boolean openLabourMarket, BigDecimal hoursPerWeek, LocalDate startDate, boolean permanent,
            boolean wageAtLeastCollectiveAgreement) {
    }

    /** Why the job ended stays with the job here (events carry no free text). */
    public record JobEnded(UUID clientId, UUID episodeId, UUID jobId, UUID providerId, Job.Kind kind,
            LocalDate endDate) {
    }

    public record CoachingOutcomeRecorded(UUID clientId, UUID episodeId, UUID providerId, UUID outcomeId,
            String outcome, LocalDate outcomeDate, UUID jobId, Integer satisfaction, OffsetDateTime recordedAt) {
    }

    public record FeeEarned(UUID clientId, UUID episodeId, UUID providerId, String feeType, BigDecimal amount,
            String outcome, UUID outcomeId, UUID jobId, LocalDate contractFrom, OffsetDateTime earnedAt) {
    }

    public record CoachingEnded(UUID clientId, UUID episodeId, UUID providerId, String outcome, String endReason,
            OffsetDateTime endedAt) {
    }

    /** A closed-loop referral moved; codes and ids only (a decline's note stays in the database). */
    public record CoachingReferralStatusChanged(UUID referralId, UUID clientId, UUID episodeId,
            UUID previousReferralId, UUID providerId, String providerOrganisation, String status, String reasonCode,
            LocalDate answerDueBy, OffsetDateTime changedAt, String sentBy) {
    }

    public record ScoredItem(int item, int score) {
    }

    /** Each item's score counts a range's upper end, as the total does. */
    public record FidelityReviewRecorded(UUID providerId, UUID reviewId, LocalDate reviewDate, int total, String band,
            List<Integer> notApplicableItems, List<ScoredItem> items, LocalDate nextReviewDue) {
    }

    /** A follow-along contact still to be kept: its window opens on {@code windowStart}, it is due by {@code dueDate}. */
    public record FollowAlongContact(UUID jobId, String kind, int sequence, LocalDate windowStart, LocalDate dueDate) {
    }

    /**
     * The episode's follow-along contacts still to be kept, whenever they may have changed; {@code userId} is the
     * coach's login subject when known (the reminders go to them).
     */
    public record FollowAlongContactsScheduled(UUID clientId, UUID episodeId, String providerOrganisation,
            UUID coachId, String userId, List<FollowAlongContact> contacts, OffsetDateTime scheduledAt) {
    }

    /** When the provider's next fidelity review is due, whenever it may have changed. */
    public record FidelityReviewScheduled(UUID providerId, String providerOrganisation, String basis,
            String interval, LocalDate nextReviewDue, OffsetDateTime scheduledAt) {
    }

    private final Outbox outbox;

    public CoachingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void started(Episode episode, Provider provider) {
        publish("CoachingStarted", episode.clientId, new CoachingStarted(episode.clientId, episode.id, provider.id,
                provider.organisationId, episode.coachId, episode.startedAt));
    }

    public void phaseChanged(Episode episode, Phase from, OffsetDateTime at) {
        publish("CoachingPhaseChanged", episode.clientId,
                new CoachingPhaseChanged(episode.clientId, episode.id, from, episode.phase, at));
    }

    public void coachChanged(Episode episode, CoachChange change) {
        publish("CoachChanged", episode.clientId, new CoachChanged(episode.clientId, episode.id, episode.providerId,
                change.fromCoachId, change.toCoachId, change.reasonCode.name(), change.changedAt));
    }

    public void jobStarted(Episode episode, Job job) {
        publish("JobStarted", episode.clientId, new JobStarted(episode.clientId, episode.id, job.id,
                episode.providerId, job.kind, job.openLabourMarket, job.hoursPerWeek, job.startDate, job.permanent,
                job.wageAtLeastCollectiveAgreement));
    }

    public void jobEnded(Episode episode, Job job) {
        publish("JobEnded", episode.clientId, new JobEnded(episode.clientId, episode.id, job.id, episode.providerId,
                job.kind, job.endDate));
    }

    public void outcomeRecorded(Episode episode, EpisodeOutcome outcome) {
        publish("CoachingOutcomeRecorded", episode.clientId, new CoachingOutcomeRecorded(episode.clientId,
                episode.id, episode.providerId, outcome.id, outcome.outcome.name(), outcome.date, outcome.jobId,
                outcome.satisfaction, outcome.createdAt));
    }

    public void feeEarned(Fee fee) {
        publish("FeeEarned", fee.clientId, new FeeEarned(fee.clientId, fee.episodeId, fee.providerId,
                fee.type.name(), fee.amount, fee.outcome == null ? null : fee.outcome.name(), fee.outcomeId, fee.jobId,
                fee.contractFrom, fee.earnedAt));
    }

    public void ended(Episode episode) {
        publish("CoachingEnded", episode.clientId, new CoachingEnded(episode.clientId, episode.id,
                episode.providerId, episode.latestOutcome == null ? null : episode.latestOutcome.name(),
                episode.endReason == null ? null : episode.endReason.name(), episode.endedAt));
    }

    public void referralStatusChanged(CoachingReferral referral, Provider provider) {
        publish("CoachingReferralStatusChanged", referral.clientId, new CoachingReferralStatusChanged(referral.id,
                referral.clientId, referral.episodeId, referral.previousReferralId, referral.providerId,
                provider == null ? null : provider.organisationId, referral.status.name(),
                referral.reasonCode == null ? null : referral.reasonCode.name(), referral.answerDueBy,
                referral.statusChangedAt, referral.sentBy));
    }

    public void fidelityReviewRecorded(FidelityReviewRecorded review) {
        publish("FidelityReviewRecorded", review.providerId(), review);
    }

    public void followAlongScheduled(FollowAlongContactsScheduled schedule) {
        publish("FollowAlongContactsScheduled", schedule.clientId(), schedule);
    }

    public void fidelityReviewScheduled(FidelityReviewScheduled schedule) {
        publish("FidelityReviewScheduled", schedule.providerId(), schedule);
    }

    private void publish(String name, UUID subject, Object data) {
        outbox.publish(Topics.COACHING, name, subject, data);
    }
}
