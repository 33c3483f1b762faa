package fi.polku.coaching.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.FidelityCriteria;
import fi.polku.coaching.domain.FidelityIndicators;
import fi.polku.coaching.domain.FidelityReview;
import fi.polku.coaching.domain.FidelityReviewEntry;
import fi.polku.coaching.domain.FidelityReviewSchedule;
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
        review.place = request.place();
        review.items = items;
        FidelityScale.Result result = review.result();
        review.total = result.total();
        review.band = result.band().name();
        review.nextReviewDue = FidelityReviewSchedule.afterReview(review.reviewDate, review.total).nextReviewDue();
        review.recordedBy = recordedBy;
        review.createdAt = time.timestamp();
        reviews.persist(review);
        events.fidelityReviewRecorded(new CoachingEvents.FidelityReviewRecorded(provider.id, review.id,
                review.reviewDate, result.total(), result.band().name(), result.notApplicableItems(),
                items.stream().filter(i -> !i.notApplicable())
                        .map(i -> new CoachingEvents.ScoredItem(i.item(), i.score())).toList(),
                review.nextReviewDue));
        reviews.flush();
        scheduleChanged(provider);
        return review;
    }

    /**
     * Tells with {@code FidelityReviewScheduled} when the provider's next review is due (a new provider, a new
     * review); the case-owner service puts it into the provider's coordinators' notification feed when due.
     */
    public void scheduleChanged(Provider provider) {
        FidelityReviewSchedule.Due due = schedule(provider);
        events.fidelityReviewScheduled(new CoachingEvents.FidelityReviewScheduled(provider.id,
                provider.organisationId, due.basis().name(), due.interval().name(), due.nextReviewDue(),
                time.timestamp()));
    }

    /** When the provider's next review is due, from its latest review (by review date) or its contract's start. */
    public FidelityReviewSchedule.Due schedule(Provider provider) {
        return reviews.latestOfProvider(provider.id)
                .map(r -> FidelityReviewSchedule.afterReview(r.reviewDate, r.total))
                .orElseGet(() -> FidelityReviewSchedule.firstReview(provider.contractFrom));
    }

    public Optional<FidelityReview> latestReview(Provider provider) {
        return reviews.latestOfProvider(provider.id);
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
                                ServiceTime.dayOf(e.startedAt), e.endedAt == null ? null : ServiceTime.dayOf(e.endedAt)))
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
                        .map(p -> new FidelityIndicators.PhaseFacts(p.episodeId, p.toPhase, ServiceTime.dayOf(p.changedAt)))
                        .toList(),
                coachChanges.ofEpisodes(episodeIds).stream()
                        .map(c -> new FidelityIndicators.CoachChangeFacts(c.episodeId, c.fromCoachId, c.toCoachId,
                                ServiceTime.dayOf(c.changedAt)))
                        .toList(),
                profiles.ofEpisodes(episodeIds).stream()
                        .map(p -> new FidelityIndicators.ProfileFacts(p.episodeId, ServiceTime.dayOf(p.writtenFirstAt)))
                        .toList());
        return FidelityIndicators.compute(facts, from, to, time.today());
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
            FidelityCriteria.Criterion criterion = FidelityCriteria.liite1().item(item.item()).orElseThrow();
            items.add(item.notApplicable() ? notApplicable(item, field, violations)
                    : scored(item, criterion, field, violations));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        items.sort(Comparator.comparingInt(FidelityReview.Item::item));
        return items;
    }

    private static FidelityReview.Item notApplicable(FidelityReviewEntry.ItemEntry item, String field,
            List<Violation> violations) {
        if (item.score() != null || item.scoreRange() != null || item.metSubCriteria() != null) {
            violations.add(new Violation(field + ".score", "must be left out when the item is not applicable (so must"
                    + " scoreRange and metSubCriteria)"));
        }
        if (item.reason() == null || item.reason().isBlank()) {
            violations.add(new Violation(field + ".reason", "is required when the item is not applicable"));
        }
        return new FidelityReview.Item(item.item(), null, true, item.reason() == null ? null : item.reason().strip(),
                item.notes(), null, null);
    }

    /**
     * One way of scoring: a score, a range, or (for the items scored by counting) the met sub-criteria, whose count
     * gives the score; a score given beside them must be the one they give.
     */
    private static FidelityReview.Item scored(FidelityReviewEntry.ItemEntry item,
            FidelityCriteria.Criterion criterion, String field, List<Violation> violations) {
        Integer score = item.score();
        FidelityReview.ScoreRange range = null;
        List<String> met = null;
        if (item.scoreRange() != null) {
            FidelityReviewEntry.RangeEntry entry = item.scoreRange();
            if (score != null) {
                violations.add(new Violation(field + ".scoreRange", "give either a score or a range, not both"));
            } else if (entry.lowest() >= entry.highest()) {
                violations.add(new Violation(field + ".scoreRange", "lowest must be below highest"));
            } else {
                range = new FidelityReview.ScoreRange(entry.lowest(), entry.highest());
                score = entry.highest();
            }
        }
        if (item.metSubCriteria() != null) {
            Set<String> codes = new HashSet<>(item.metSubCriteria());
            if (!criterion.scoredByCounting()) {
                violations.add(new Violation(field + ".metSubCriteria", "item " + criterion.item()
                        + " is not scored by counting sub-criteria (only items 5, 8, 10, 11, 13 and 25 are)"));
            } else if (codes.size() != item.metSubCriteria().size()) {
                violations.add(new Violation(field + ".metSubCriteria", "names a sub-criterion twice"));
            } else if (!codes.stream().allMatch(criterion::hasSubCriterion)) {
                violations.add(new Violation(field + ".metSubCriteria", "names a sub-criterion that is not item "
                        + criterion.item() + "'s"));
            } else if (item.scoreRange() != null) {
                violations.add(new Violation(field + ".metSubCriteria", "a counted score is not a range"));
            } else {
                int counted = criterion.scoreOf(codes);
                if (score != null && score != counted) {
                    violations.add(new Violation(field + ".score", "the " + codes.size() + " met sub-criteria give "
                            + counted + ", not " + score));
                }
                score = counted;
                met = item.metSubCriteria().stream().sorted(SUB_CRITERION_ORDER).toList();
            }
        }
        if (score == null && item.scoreRange() == null && item.metSubCriteria() == null) {
            violations.add(new Violation(field + ".score", "is required unless the item is not applicable (or give"
                    + " scoreRange, or metSubCriteria for an item scored by counting)"));
        }
        return new FidelityReview.Item(item.item(), score, false, null, item.notes(), range, met);
    }

    /** "5.2" before "5.10": by the number after the dot. */
    private static final Comparator<String> SUB_CRITERION_ORDER = Comparator
            .comparingInt(code -> Integer.parseInt(code.substring(code.indexOf('.') + 1)));
}
