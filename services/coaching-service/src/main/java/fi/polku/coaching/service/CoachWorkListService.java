package fi.polku.coaching.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.BusinessId;
import fi.polku.coaching.domain.Coach;
import fi.polku.coaching.domain.CoachingDeadlines;
import fi.polku.coaching.domain.EmployerContact;
import fi.polku.coaching.domain.EmployerContactEntry;
import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.FollowAlongSchedule;
import fi.polku.coaching.domain.Meeting;
import fi.polku.coaching.repository.EmployerContactRepository;
import fi.polku.coaching.repository.EpisodeRepository;
import fi.polku.coaching.repository.JobRepository;
import fi.polku.coaching.repository.MeetingRepository;
import fi.polku.coaching.repository.VocationalProfileRepository;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

/** A coach's own work: employer contacts and the follow-along contacts due. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CoachWorkListService {

    public record DueContact(UUID episodeId, UUID clientId, FollowAlongSchedule.ContactStatus contact) {
    }

    private final ProviderService providers;
    private final EpisodeRepository episodes;
    private final EmployerContactRepository contacts;
    private final JobRepository jobs;
    private final MeetingRepository meetings;
    private final EpisodeAccess access;
    private final VocationalProfileRepository profiles;
    private final RecordedUnderOwnName recorders;
    private final ServiceTime time;

    public CoachWorkListService(ProviderService providers, EpisodeRepository episodes,
            EmployerContactRepository contacts, JobRepository jobs, MeetingRepository meetings, EpisodeAccess access,
            VocationalProfileRepository profiles, RecordedUnderOwnName recorders, ServiceTime time) {
        this.profiles = profiles;
        this.recorders = recorders;
        this.time = time;
        this.providers = providers;
        this.episodes = episodes;
        this.contacts = contacts;
        this.jobs = jobs;
        this.meetings = meetings;
        this.access = access;
    }

    public Coach ownCoach(UUID coachId) {
        Coach coach = providers.coach(coachId);
        access.requireOwnProvider(providers.get(coach.providerId));
        return coach;
    }

    /** An employer contact under the coach's name, by the coach or a provider lead ({@link RecordedUnderOwnName}). */
    public EmployerContact recordEmployerContact(Coach coach, EmployerContactEntry request) {
        String recordedBy = recorders.recorderFor(coach, "employer contacts");
        if (request.employerBusinessId() != null && !BusinessId.isValid(request.employerBusinessId())) {
            throw ProblemException.invalidField("employerBusinessId",
                    "must be a Finnish business ID (Y-tunnus) 1234567-8 with a valid check digit");
        }
        if (request.date().isAfter(time.today())) {
            throw ProblemException.invalidField("date", "must not be in the future: record contacts that happened");
        }
        List<UUID> clientIds = request.clientIds();
        for (int i = 0; i < clientIds.size(); i++) {
            UUID clientId = clientIds.get(i);
            boolean inCoaching = episodes.ofClient(clientId).stream()
                    .anyMatch(e -> coach.providerId.equals(e.providerId) && e.startedAt != null);
            if (!inCoaching) {
                throw ProblemException.invalidField("clientIds[" + i + "]",
                        "is not a client in coaching with the coach's provider");
            }
            access.requireProviderCoach(clientId, coach.providerId, "record employer contact");
        }
        EmployerContact contact = new EmployerContact();
        contact.id = UUID.randomUUID();
        contact.coachId = coach.id;
        contact.providerId = coach.providerId;
        contact.employerName = request.employerName();
        contact.employerBusinessId = request.employerBusinessId();
        contact.date = request.date();
        contact.faceToFace = request.faceToFace();
        contact.clientIds = clientIds;
        contact.basedOnClientPreferences = request.basedOnClientPreferences();
        contact.purpose = request.purpose();
        contact.createdAt = time.timestamp();
        contact.recordedBy = recordedBy;
        contacts.persist(contact);
        return contact;
    }

    public Page<EmployerContact> employerContacts(Coach coach, PageRequest page) {
        return contacts.pageOfCoach(coach.id, page);
    }

    public EmployerContact employerContact(Coach coach, UUID contactId) {
        return contacts.findByIdOptional(contactId).filter(c -> c.coachId.equals(coach.id))
                .orElseThrow(() -> ProblemException.notFound("Employer contact", contactId));
    }

    /**
     * A page of the due and overdue follow-along contacts and start deadlines (items 14 and 15,
     * {@link CoachingDeadlines}) of the coach's active clients whom the coach may still see, earliest due first. The list is computed for today (a coach has at most their caseload of active
     * clients, 20 by default); only the clients with a contact on the page are checked and logged as listed.
     */
    public Page<DueContact> dueContacts(Coach coach, PageRequest page) {
        LocalDate today = time.today();
        List<DueContact> due = new ArrayList<>();
        for (Episode episode : episodes.ofCoachActive(coach.id)) {
            List<Meeting> ofEpisode = meetings.ofEpisode(episode.id);
            List<FollowAlongSchedule.ContactStatus> statuses = new ArrayList<>(
                    FollowAlong.statuses(jobs.ofEpisode(episode.id), ofEpisode, today));
            statuses.addAll(CoachingDeadlines.statuses(episode.startedAt.atZoneSameInstant(ServiceTime.FINLAND).toLocalDate(),
                    ofEpisode.stream().filter(Meeting::held).map(m -> m.date).toList(),
                    profiles.findByIdOptional(episode.id).isPresent(),
                    contacts.faceToFaceAbout(episode.providerId, episode.clientId), today));
            statuses.stream().filter(s -> s.status() == FollowAlongSchedule.Status.DUE
                            || s.status() == FollowAlongSchedule.Status.OVERDUE)
                    .forEach(s -> due.add(new DueContact(episode.id, episode.clientId, s)));
        }
        Map<UUID, Boolean> listed = new HashMap<>();
        List<DueContact> visible = due.stream()
                .filter(d -> page.after() == null || key(d).compareTo(page.after()) > 0)
                .sorted(Comparator.comparing(CoachWorkListService::key))
                .filter(d -> listed.computeIfAbsent(d.clientId(),
                        client -> access.listed(client, "read follow-along work list")))
                .limit(page.fetchSize())
                .toList();
        return Page.of(visible, page, CoachWorkListService::key);
    }

    private static String key(DueContact due) {
        FollowAlongSchedule.Contact contact = due.contact().contact();
        return PageKey.of(contact.dueDate(), due.episodeId(), contact.jobId(), contact.kind(), contact.sequence());
    }
}
