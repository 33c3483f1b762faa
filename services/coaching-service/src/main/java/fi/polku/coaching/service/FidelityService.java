package fi.polku.coaching.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.FidelityIndicators;
import fi.polku.coaching.domain.FidelityReview;
import fi.polku.coaching.domain.FidelityReviewEntry;
import fi.polku.coaching.domain.FidelityScale;
import fi.polku.coaching.domain.Meeting;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.messaging.CoachingEvents;
import fi.polku.coaching.repository.CoachChangeRepository;
import fi.polku.coaching.repository.CoachRepository;
import fi.polku.coaching.repository.EmployerContactRepository;
import fi.polku.coaching.repository.EpisodeRepository;
import fi.polku.coaching.repository.FidelityReviewRepository;
import fi.polku.coaching.repository.JobRepository;
import fi.polku.coaching.repository.MeetingRepository;
import fi.polku.coaching.repository.PhaseChangeRepository;
import fi.polku.coaching.repository.VocationalProfileRepository;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;
import fi.polku.platform.time.ServiceTime;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FidelityService {

    private final FidelityReviewRepository reviews;
    private final CoachRepository coaches;
    private final EpisodeRepository episodes;
    private final EmployerContactRepository contacts;
    private final JobRepository jobs;
    private final MeetingRepository meetings;
    private final PhaseChangeRepository phases;
    private final CoachChangeRepository coachChanges;
    private final VocationalProfileRepository profiles;
    private final CoachingEvents events;
    private final ServiceTime time;

    public FidelityService(FidelityReviewRepository reviews, CoachRepository coaches, EpisodeRepository episodes,
            EmployerContactRepository contacts, JobRepository jobs, MeetingRepository meetings,
            PhaseChangeRepository phases, CoachChangeRepository coachChanges, VocationalProfileRepository profiles,
            CoachingEvents events, ServiceTime time) {
        this.phases = phases;
        this.coachChanges = coachChanges;
        this.profiles = profiles;
        this.time = time;
        this.reviews = reviews;
        this.coaches = coaches;
        this.episodes = episodes;
        this.contacts = contacts;
        this.jobs = jobs;
        this.meetings = meetings;
        this.events = events;
    }

    public FidelityReview record(Provider provider, FidelityReviewEntry request, String recordedBy) {
        List<FidelityReview.Item> items = validItems(request.items());
        FidelityReview review = new FidelityReview();
        review.id = UUID.randomUUID();
        review.providerId = provider.id;
        review.reviewDate = request.reviewDate();
        review.reviewers = request.reviewers();
        review.items = items;
        FidelityScale.Result result = FidelityScale.evaluate(items.stream()
                .map(i -> new FidelityScale.ItemScore(i.item(), i.notApplicable() ? null : i.score())).toList());
        review.total = result.total();
        review.band = result.band().name();
        review.recordedBy = recordedBy;
        review.createdAt = time.timestamp();
        reviews.persist(review);
        events.fidelityReviewRecorded(new CoachingEvents.FidelityReviewRecorded(provider.id, review.id,
                review.reviewDate, result.total(), result.band().name(), result.notApplicableItems(),
                items.stream().filter(i -> !i.notApplicable())
                        .map(i -> new CoachingEvents.ScoredItem(i.item(), i.score())).toList()));
        return review;
    }

    public Page<FidelityReview> reviews(UUID providerId, PageRequest page) {
        return reviews.pageOfProvider(providerId, page);
    }

    public FidelityReview review(Provider provider, UUID reviewId) {
        return reviews.findByIdOptional(reviewId).filter(r -> r.providerId.equals(provider.id))
                .orElseThrow(() -> ProblemException.notFound("Fidelity review", reviewId));
    }

    public List<FidelityIndicators.Indicator> indicators(Provider provider, LocalDate from, LocalDate to) {
        List<Episode> ofProvider = episodes.ofProvider(provider.id);
        Map<UUID, Episode> byId = ofProvider.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<UUID> episodeIds = List.copyOf(byId.keySet());
        FidelityIndicators.Facts facts = new FidelityIndicators.Facts(
                coaches.ofProvider(provider.id).stream()
                        .map(c -> new FidelityIndicators.CoachFacts(c.id, c.fullTimeShare)).toList(),
                ofProvider.stream().filter(e -> e.startedAt != null)
                        .map(e -> new FidelityIndicators.EpisodeFacts(e.id, e.clientId, e.coachId,
                                finnishDate(e.startedAt), e.endedAt == null ? null : finnishDate(e.endedAt)))
                        .toList(),
                contacts.ofProvider(provider.id).stream()
                        .map(c -> new FidelityIndicators.ContactFacts(c.coachId, c.date, c.faceToFace,
                                c.basedOnClientPreferences, c.clientIds))
                        .toList(),
                jobs.ofEpisodes(episodeIds).stream()
                        .map(j -> new FidelityIndicators.JobFacts(j.id, j.episodeId, byId.get(j.episodeId).clientId,
                                j.kind, j.startDate, j.endDate, j.endLearnedOn, j.occupation, j.employerKey(),
                                j.competitive(), j.permanent))
                        .toList(),
                meetings.ofEpisodes(episodeIds).stream()
                        .map(m -> new FidelityIndicators.MeetingFacts(m.id, m.episodeId, m.date, m.held(),
                                m.mode == Meeting.Mode.FACE_TO_FACE, m.location,
                                m.reachAttempts.stream().map(Meeting.ReachAttempt::method).toList()))
                        .toList(),
                phases.ofEpisodes(episodeIds).stream()
                        .map(p -> new FidelityIndicators.PhaseFacts(p.episodeId, p.toPhase, finnishDate(p.changedAt)))
                        .toList(),
                coachChanges.ofEpisodes(episodeIds).stream()
                        .map(c -> new FidelityIndicators.CoachChangeFacts(c.episodeId, c.fromCoachId, c.toCoachId,
                                finnishDate(c.changedAt)))
                        .toList(),
                profiles.ofEpisodes(episodeIds).stream()
                        .map(p -> new FidelityIndicators.ProfileFacts(p.episodeId, finnishDate(p.writtenFirstAt)))
                        .toList());
        return FidelityIndicators.compute(facts, from, to, time.today());
    }

    private static LocalDate finnishDate(OffsetDateTime at) {
        return at.atZoneSameInstant(ServiceTime.FINLAND).toLocalDate();
    }

    private static List<FidelityReview.Item> validItems(List<FidelityReviewEntry.ItemEntry> requested) {
        List<Violation> violations = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<FidelityReview.Item> items = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            FidelityReviewEntry.ItemEntry item = requested.get(i);
            String field = "items[" + i + "]";
            if (!seen.add(item.item())) {
                violations.add(new Violation(field + ".item", "item " + item.item() + " appears twice"));
            }
            boolean notApplicable = item.notApplicable();
            if (notApplicable && item.score() != null) {
                violations.add(new Violation(field + ".score", "must be left out when the item is not applicable"));
            }
            if (notApplicable && (item.reason() == null || item.reason().isBlank())) {
                violations.add(new Violation(field + ".reason", "is required when the item is not applicable"));
            }
            if (!notApplicable && item.score() == null) {
                violations.add(new Violation(field + ".score", "is required unless the item is not applicable"));
            }
            items.add(new FidelityReview.Item(item.item(), notApplicable ? null : item.score(), notApplicable,
                    notApplicable && item.reason() != null ? item.reason().strip() : null, item.notes()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        items.sort(Comparator.comparingInt(FidelityReview.Item::item));
        return items;
    }
}
