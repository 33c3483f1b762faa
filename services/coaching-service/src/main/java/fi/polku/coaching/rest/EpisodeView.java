package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.EndReason;
import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.EpisodeStatus;
import fi.polku.coaching.domain.Outcome;
import fi.polku.coaching.domain.Phase;
import fi.polku.coaching.domain.ReferrerType;
import fi.polku.coaching.domain.RehabilitationRules;

public record EpisodeView(
        UUID id,
        UUID clientId,
        @Schema(nullable = true, description = "Null while the referral waits for a provider") UUID providerId,
        @Schema(nullable = true, description = "Null until coaching starts, or until the provider accepts a referral"
                + " naming the coach") UUID coachId,
        EpisodeStatus status,
        @Schema(nullable = true, description = "Null until coaching starts") Phase phase,
        ReferrerType referrerType,
        @Schema(nullable = true, description = "The assessment's coaching referral; null when referred here directly")
        UUID referralId,
        @Schema(nullable = true, description = "Why the client was referred, in words; null for a team's referral "
                + "since its justification stays in assessment's support plan") String reason,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime startedAt,
        @Schema(nullable = true) OffsetDateTime endedAt,
        @Schema(nullable = true, description = "The latest outcome recorded (the outcomes are the episode's outcome"
                + " list); null until one is. An outcome does not end the episode") Outcome latestOutcome,
        @Schema(nullable = true, implementation = String.class, description = "Why the episode ended: CLIENT_WISH,"
                + " MOVED_AWAY or NO_CONTACT_AFTER_ENGAGEMENT_ATTEMPTS; null while open")
        EndReason endReason,
        @Schema(nullable = true) Integer satisfaction,
        @Schema(nullable = true, description = "Null until rehabilitative work activity is recorded")
        RehabilitationView rehabilitativeWorkActivity,
        long version) {

    @Schema(description = "Rehabilitative work activity alongside coaching, with the flags of the pilot's rules: a"
            + " pause for a work trial of over one month (PAUSE_OVER_ONE_MONTH) and a work trial alongside the"
            + " activity without two valid paying statements (PAYING_STATEMENT_MISSING) or on other than 1–2 days a"
            + " week (ACTIVITY_DAYS_ALONGSIDE_TRIAL)")
    public record RehabilitationView(int daysPerWeek, RehabilitationRules.ActivityStatus status,
            @Schema(nullable = true) LocalDate pausedFrom, @Schema(nullable = true) LocalDate activityStatementFrom,
            @Schema(nullable = true) LocalDate activityStatementUntil,
            @Schema(nullable = true) LocalDate workTrialStatementFrom,
            @Schema(nullable = true) LocalDate workTrialStatementUntil,
            List<RehabilitationRules.Flag> flags) {
    }

    public static EpisodeView of(Episode episode, List<RehabilitationRules.Flag> flags) {
        RehabilitationView rehabilitation = episode.rehabStatus == null ? null
                : new RehabilitationView(episode.rehabDaysPerWeek, episode.rehabStatus, episode.rehabPausedFrom,
                        episode.rehabStatementFrom, episode.rehabStatementUntil, episode.trialStatementFrom,
                        episode.trialStatementUntil, flags);
        return new EpisodeView(episode.id, episode.clientId, episode.providerId, episode.coachId, episode.status,
                episode.phase, episode.referrerType, episode.referralId, episode.reason, episode.createdAt,
                episode.startedAt, episode.endedAt, episode.latestOutcome, episode.endReason, episode.satisfaction,
                rehabilitation,
                episode.version);
    }
}
