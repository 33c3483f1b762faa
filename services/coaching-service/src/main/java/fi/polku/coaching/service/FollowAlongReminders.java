package fi.polku.coaching.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.Coach;
import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.FollowAlongSchedule;
import fi.polku.coaching.domain.Provider;
import fi.polku.coaching.messaging.CoachingEvents;
import fi.polku.coaching.repository.CoachRepository;
import fi.polku.coaching.repository.JobRepository;
import fi.polku.coaching.repository.MeetingRepository;
import fi.polku.coaching.repository.ProviderRepository;
import fi.polku.platform.time.ServiceTime;

/**
 * Tells, with {@code FollowAlongContactsScheduled}, which follow-along contacts of an episode are still to be kept
 * (upcoming, due or overdue; {@link FollowAlongSchedule}) whenever they may have changed: a job started or ended, a
 * meeting recorded, the coach changed, the episode ended (then none). The case-owner service puts each into the
 * coach's notification feed when its window opens.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FollowAlongReminders {

    private static final Set<FollowAlongSchedule.Status> TO_KEEP = Set.of(FollowAlongSchedule.Status.UPCOMING,
            FollowAlongSchedule.Status.DUE, FollowAlongSchedule.Status.OVERDUE);

    private final JobRepository jobs;
    private final MeetingRepository meetings;
    private final CoachRepository coaches;
    private final ProviderRepository providers;
    private final CoachingEvents events;
    private final ServiceTime time;

    public FollowAlongReminders(JobRepository jobs, MeetingRepository meetings, CoachRepository coaches,
            ProviderRepository providers, CoachingEvents events, ServiceTime time) {
        this.jobs = jobs;
        this.meetings = meetings;
        this.coaches = coaches;
        this.providers = providers;
        this.events = events;
        this.time = time;
    }

    public void scheduleChanged(Episode episode) {
        if (episode.providerId == null) {
            return;
        }
        Provider provider = providers.findById(episode.providerId);
        Coach coach = episode.coachId == null ? null : coaches.findById(episode.coachId);
        List<CoachingEvents.FollowAlongContact> contacts = !episode.isOpen() ? List.of()
                : FollowAlong.statuses(jobs.ofEpisode(episode.id), meetings.ofEpisode(episode.id), time.today())
                        .stream().filter(status -> TO_KEEP.contains(status.status()))
                        .map(FollowAlongSchedule.ContactStatus::contact)
                        .map(c -> new CoachingEvents.FollowAlongContact(c.jobId(), c.kind().name(), c.sequence(),
                                c.windowStart(), c.dueDate()))
                        .toList();
        events.followAlongScheduled(new CoachingEvents.FollowAlongContactsScheduled(episode.clientId, episode.id,
                provider.organisationId, episode.coachId, coach == null ? null : coach.userId, contacts,
                time.timestamp()));
    }
}
