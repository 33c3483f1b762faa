package fi.polku.fhir.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.client.assessment.model.AssessmentReferralView;
import fi.polku.client.assessment.model.AssessmentView;
import fi.polku.client.assessment.model.ReferralStatusChangeView;
import fi.polku.client.coaching.model.EpisodeView;
import fi.polku.client.coaching.model.ReferralView;
import fi.polku.client.coaching.model.StatusChangeView;
import fi.polku.client.intake.model.TeamBookingKind;
import fi.polku.client.intake.model.TeamBookingView;
import fi.polku.fhir.mapping.Referral;
import fi.polku.fhir.mapping.ReferralStatus;
import fi.polku.fhir.mapping.UuidPair;
import fi.polku.fhir.upstream.AssessmentApi;
import fi.polku.fhir.upstream.CoachingApi;
import fi.polku.fhir.upstream.IntakeApi;

/**
 * A client's referrals from the services that hold them. A case owner's referral to a work-ability team
 * (assessment) and a referral to a coaching provider (coaching) have their own closed-loop status, which the Task
 * carries by name; the others get a status derived from what the receiver has done with them: a coordination to the
 * work-ability team (intake) by the team assessment it became (assessment, found by its booking), an episode
 * referred to coaching directly (no referral of its own) by the episode. Ids: a team booking is found only under its
 * client, so its id is the {@link UuidPair} of both; an assessment referral's is {@code assessment-referral-<id>}, a
 * coaching referral's {@code coaching-referral-<referral id>}, a direct episode's {@code coaching-<episode id>}.
 */
@ApplicationScoped
public class Referrals {

    private static final String ASSESSMENT_REFERRAL_PREFIX = "assessment-referral-";
    private static final String COACHING_PREFIX = "coaching-";
    private static final String COACHING_REFERRAL_PREFIX = "coaching-referral-";

    private final IntakeApi intake;
    private final AssessmentApi assessment;
    private final CoachingApi coaching;

    public Referrals(IntakeApi intake, AssessmentApi assessment, CoachingApi coaching) {
        this.intake = intake;
        this.assessment = assessment;
        this.coaching = coaching;
    }

    public List<Referral> ofClient(UUID clientId, Map<String, String> caller) {
        List<AssessmentView> assessments = assessment.assessments(clientId, caller);
        List<Referral> all = new ArrayList<>();
        intake.teamBookings(clientId, caller).stream().filter(b -> b.getKind() == TeamBookingKind.TEAM_APPOINTMENT)
                .forEach(booking -> all.add(toTeam(booking, assessments)));
        assessment.assessmentReferrals(clientId, caller).forEach(referral -> all.add(toTeam(referral,
                assessments.stream().filter(a -> a.getId().equals(referral.getAssessmentId())).findFirst())));
        List<ReferralView> coachingReferrals = coaching.referrals(clientId, caller);
        Set<UUID> referred = coachingReferrals.stream().map(ReferralView::getEpisodeId).collect(Collectors.toSet());
        coachingReferrals.forEach(referral -> all.add(toCoaching(referral)));
        coaching.episodes(clientId, caller).stream().filter(episode -> !referred.contains(episode.getId()))
                .forEach(episode -> all.add(toCoaching(episode)));
        return all;
    }

    /** One referral by its logical id; empty when the id is not one of a referral. */
    public Optional<Referral> one(String id, Map<String, String> caller) {
        if (id.startsWith(ASSESSMENT_REFERRAL_PREFIX)) {
            return uuidAfter(ASSESSMENT_REFERRAL_PREFIX, id).map(referralId -> {
                AssessmentReferralView referral = assessment.assessmentReferral(referralId, caller);
                return toTeam(referral, Optional.ofNullable(referral.getAssessmentId())
                        .map(assessmentId -> assessment.assessment(assessmentId, caller)));
            });
        }
        if (id.startsWith(COACHING_REFERRAL_PREFIX)) {
            return uuidAfter(COACHING_REFERRAL_PREFIX, id)
                    .map(referralId -> toCoaching(coaching.referral(referralId, caller)));
        }
        if (id.startsWith(COACHING_PREFIX)) {
            return uuidAfter(COACHING_PREFIX, id).map(episodeId -> toCoaching(coaching.episode(episodeId, caller)));
        }
        Optional<UuidPair> team = UuidPair.parse(id);
        if (team.isEmpty()) {
            return Optional.empty();
        }
        UUID clientId = team.get().first();
        TeamBookingView booking = intake.teamBooking(clientId, team.get().second(), caller);
        return Optional.of(toTeam(booking, assessment.assessments(clientId, caller)));
    }

    private static Optional<UUID> uuidAfter(String prefix, String id) {
        try {
            return Optional.of(UUID.fromString(id.substring(prefix.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Referral toTeam(TeamBookingView booking, List<AssessmentView> assessments) {
        Optional<AssessmentView> became = assessments.stream()
                .filter(a -> booking.getId().equals(a.getBookingId()))
                .max(Comparator.comparing(AssessmentView::getAppointmentAt));
        ReferralStatus status = became.map(a -> switch (a.getStatus()) {
            case SCHEDULED -> ReferralStatus.ACCEPTED;
            case IN_PROGRESS -> ReferralStatus.IN_PROGRESS;
            case CONCLUDED -> ReferralStatus.COMPLETED;
            case CANCELLED -> ReferralStatus.CANCELLED;
            case CLIENT_DID_NOT_ATTEND -> ReferralStatus.FAILED;
        }).orElse(ReferralStatus.REQUESTED);
        return new Referral(new UuidPair(booking.getClientId(), booking.getId()).id(), Referral.Kind.TEAM_ASSESSMENT,
                booking.getClientId(), booking.getBookedAt(),
                became.map(AssessmentView::getAppointmentAt).orElse(booking.getAppointmentAt()), booking.getTeamId(),
                status, became.map(a -> a.getStatus().getValue()).orElse("BOOKED"), null,
                // assessment tells when it concluded, not when the team began (the appointment may be later)
                null, became.map(AssessmentView::getConcludedAt).orElse(null),
                became.map(AssessmentView::getConcludedAt).orElse(booking.getBookedAt()));
    }

    /**
     * The case owner's referral to a team, with its own closed-loop status; once the team accepted it, the
     * assessment it scheduled tells when the team sees the client.
     */
    static Referral toTeam(AssessmentReferralView referral, Optional<AssessmentView> scheduled) {
        ReferralStatus status = ReferralStatus.valueOf(referral.getStatus().getValue());
        OffsetDateTime started = referral.getHistory().stream()
                .filter(move -> move.getStatus().getValue().equals(ReferralStatus.IN_PROGRESS.name()))
                .map(ReferralStatusChangeView::getChangedAt).findFirst().orElse(null);
        return new Referral(ASSESSMENT_REFERRAL_PREFIX + referral.getId(), Referral.Kind.TEAM_ASSESSMENT,
                referral.getClientId(), referral.getRequestedAt(),
                scheduled.map(AssessmentView::getAppointmentAt).orElse(null), referral.getTeamId(), status,
                referral.getStatus().getValue(),
                referral.getReasonCode() == null ? null : referral.getReasonCode().getValue(), started,
                status.ended() ? referral.getStatusChangedAt() : null, referral.getStatusChangedAt());
    }

    private static Referral toCoaching(EpisodeView episode) {
        ReferralStatus status = switch (episode.getStatus()) {
            case WAITING_FOR_ACCEPTANCE, WAITING_FOR_PROVIDER, WAITING_FOR_CONSENT, WAITING_FOR_COACH ->
                    ReferralStatus.REQUESTED;
            case NOT_ACCEPTED -> ReferralStatus.DECLINED;
            case ACTIVE -> ReferralStatus.IN_PROGRESS;
            case ENDED -> ReferralStatus.COMPLETED;
        };
        return new Referral(COACHING_PREFIX + episode.getId(), Referral.Kind.COACHING, episode.getClientId(),
                episode.getCreatedAt(), null, episode.getProviderId(), status, episode.getStatus().getValue(), null,
                episode.getStartedAt(), episode.getEndedAt(),
                Stream.of(episode.getEndedAt(), episode.getStartedAt(), episode.getCreatedAt())
                        .filter(Objects::nonNull).findFirst().orElse(null));
    }

    /** The provider's answer and the moves that follow the episode are coaching's own; the Task takes them by name. */
    static Referral toCoaching(ReferralView referral) {
        ReferralStatus status = ReferralStatus.valueOf(referral.getStatus().getValue());
        OffsetDateTime started = referral.getHistory().stream()
                .filter(move -> move.getStatus().getValue().equals(ReferralStatus.IN_PROGRESS.name()))
                .map(StatusChangeView::getChangedAt).findFirst().orElse(null);
        return new Referral(COACHING_REFERRAL_PREFIX + referral.getId(), Referral.Kind.COACHING,
                referral.getClientId(), referral.getRequestedAt(), null, referral.getProviderId(), status,
                referral.getStatus().getValue(),
                referral.getReasonCode() == null ? null : referral.getReasonCode().getValue(), started,
                status.ended() ? referral.getStatusChangedAt() : null, referral.getStatusChangedAt());
    }
}
