package fi.polku.coaching.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.coaching.domain.BusinessId;
import fi.polku.coaching.domain.Episode;
import fi.polku.coaching.domain.FollowAlongSchedule;
import fi.polku.coaching.domain.Job;
import fi.polku.coaching.domain.JobEnding;
import fi.polku.coaching.domain.JobEntry;
import fi.polku.coaching.domain.Meeting;
import fi.polku.coaching.domain.MeetingEntry;
import fi.polku.coaching.domain.ProfileContent;
import fi.polku.coaching.domain.RehabilitationRules;
import fi.polku.coaching.domain.RehabilitativeWorkActivity;
import fi.polku.coaching.domain.VocationalProfile;
import fi.polku.coaching.messaging.CoachingEvents;
import fi.polku.coaching.repository.EpisodeRepository;
import fi.polku.coaching.repository.JobRepository;
import fi.polku.coaching.repository.MeetingRepository;
import fi.polku.coaching.repository.VocationalProfileRepository;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

/** The coach's work within an active episode: profile, meetings, jobs, rehabilitative work activity. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CoachingWorkService {

    private final VocationalProfileRepository profiles;
    private final MeetingRepository meetings;
    private final JobRepository jobs;
    private final EpisodeRepository episodeRepository;
    private final EpisodeService episodes;
    private final CoachingEvents events;
    private final ProviderService providers;
    private final RecordedUnderOwnName recorders;
    private final ServiceTime time;
    private final FollowAlongReminders followAlongReminders;

    public CoachingWorkService(VocationalProfileRepository profiles, MeetingRepository meetings, JobRepository jobs,
            EpisodeRepository episodeRepository, EpisodeService episodes, CoachingEvents events,
            ProviderService providers, RecordedUnderOwnName recorders, ServiceTime time,
            FollowAlongReminders followAlongReminders) {
        this.followAlongReminders = followAlongReminders;
        this.providers = providers;
        this.recorders = recorders;
        this.time = time;
        this.episodeRepository = episodeRepository;
        this.profiles = profiles;
        this.meetings = meetings;
        this.jobs = jobs;
        this.episodes = episodes;
        this.events = events;
    }

    public Optional<VocationalProfile> profile(UUID episodeId) {
        return profiles.findByIdOptional(episodeId);
    }

    /**
     * The first PUT creates the profile; later ones must send the profile's ETag in If-Match. By the episode's coach
     * or a provider lead on their behalf, as every record of the work ({@link RecordedUnderOwnName}).
     */
    public VocationalProfile putProfile(Episode episode, ProfileContent request, String ifMatch) {
        episodes.requireActive(episode);
        String updatedBy = recorderFor(episode, "vocational profiles");
        VocationalProfile profile = profiles.findByIdOptional(episode.id).orElse(null);
        boolean isNew = profile == null;
        if (isNew) {
            profile = new VocationalProfile();
            profile.episodeId = episode.id;
        } else {
            Versions.requireCurrent(profile.version, ifMatch);
        }
        profile.careerGoals = request.careerGoals();
        profile.interests = request.interests();
        profile.strengths = request.strengths();
        profile.education = request.education();
        profile.workHistory = request.workHistory();
        profile.benefitsSituation = request.benefitsSituation();
        profile.disclosure = request.disclosure();
        profile.lessonsFromJobs = request.lessonsFromJobs();
        profile.updatedBy = updatedBy;
        profile.updatedAt = time.timestamp();
        if (isNew) {
            profile.writtenFirstAt = profile.updatedAt;
            profiles.persist(profile);
        }
        profiles.flush();
        return profile;
    }

    public Meeting recordMeeting(Episode episode, MeetingEntry request) {
        episodes.requireActive(episode);
        String recordedBy = recorderFor(episode, "meetings");
        if (request.mode() == Meeting.Mode.REMOTE && request.location() != Meeting.Location.REMOTE) {
            throw ProblemException.invalidField("location", "must be REMOTE for a remote meeting");
        }
        if (request.mode() == Meeting.Mode.FACE_TO_FACE && request.location() == Meeting.Location.REMOTE) {
            throw ProblemException.invalidField("location", "must say where a face-to-face meeting was held");
        }
        if (request.date().isAfter(time.today())) {
            throw ProblemException.invalidField("date", "must not be in the future: record meetings that happened");
        }
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.episodeId = episode.id;
        meeting.coachId = episode.coachId;
        meeting.date = request.date();
        meeting.mode = request.mode();
        meeting.location = request.location();
        meeting.topic = request.topic();
        meeting.attendance = request.attendance();
        meeting.reachAttempts = request.reachAttempts();
        meeting.recordedBy = recordedBy;
        meeting.createdAt = time.timestamp();
        meetings.persist(meeting);
        meetings.flush();
        followAlongReminders.scheduleChanged(episode);
        return meeting;
    }

    public Page<Meeting> meetings(UUID episodeId, PageRequest page) {
        return meetings.pageOfEpisode(episodeId, page);
    }

    public Meeting meeting(Episode episode, UUID meetingId) {
        return meetings.findByIdOptional(meetingId).filter(m -> m.episodeId.equals(episode.id))
                .orElseThrow(() -> ProblemException.notFound("Meeting", meetingId));
    }

    public Job startJob(Episode episode, JobEntry request) {
        episodes.requireActive(episode);
        String recordedBy = recorderFor(episode, "jobs");
        if (request.employerBusinessId() != null && !BusinessId.isValid(request.employerBusinessId())) {
            throw ProblemException.invalidField("employerBusinessId",
                    "must be a Finnish business ID (Y-tunnus) 1234567-8 with a valid check digit");
        }
        Job job = new Job();
        job.id = UUID.randomUUID();
        job.episodeId = episode.id;
        job.kind = request.kind() == null ? Job.Kind.EMPLOYMENT : request.kind();
        job.employerName = request.employerName();
        job.employerBusinessId = request.employerBusinessId();
        job.title = request.title();
        job.occupation = request.occupation();
        job.startDate = request.startDate();
        job.hoursPerWeek = request.hoursPerWeek();
        job.openLabourMarket = request.openLabourMarket();
        job.permanent = request.permanent();
        job.wageAtLeastCollectiveAgreement = request.wageAtLeastCollectiveAgreement();
        job.recordedBy = recordedBy;
        job.createdAt = time.timestamp();
        jobs.persist(job);
        jobs.flush();
        events.jobStarted(episode, job);
        followAlongReminders.scheduleChanged(episode);
        return job;
    }

    public Job endJob(Episode episode, UUID jobId, JobEnding request) {
        episodes.requireActive(episode);
        recorderFor(episode, "jobs");
        Job job = job(episode, jobId);
        if (job.endDate != null) {
            throw ProblemException.businessRule(null, "The job already ended on " + job.endDate);
        }
        if (request.endDate().isBefore(job.startDate)) {
            throw ProblemException.invalidField("endDate", "must not be before the job's start " + job.startDate);
        }
        job.endDate = request.endDate();
        job.endReason = request.reason();
        job.endLearnedOn = request.learnedOn() == null ? request.endDate() : request.learnedOn();
        jobs.flush();
        events.jobEnded(episode, job);
        followAlongReminders.scheduleChanged(episode);
        return job;
    }

    public Job job(Episode episode, UUID jobId) {
        return jobs.findByIdOptional(jobId).filter(j -> j.episodeId.equals(episode.id))
                .orElseThrow(() -> ProblemException.notFound("Job", jobId));
    }

    public Page<Job> jobs(UUID episodeId, PageRequest page) {
        return jobs.pageOfEpisode(episodeId, page);
    }

    public void putRehabilitation(Episode episode, RehabilitativeWorkActivity request, String ifMatch) {
        episodes.requireActive(episode);
        Versions.requireCurrent(episode.version, ifMatch);
        if (request.status() == RehabilitationRules.ActivityStatus.PAUSED && request.pausedFrom() == null) {
            throw ProblemException.invalidField("pausedFrom", "is required when the activity is paused");
        }
        episode.rehabDaysPerWeek = request.daysPerWeek();
        episode.rehabStatus = request.status();
        episode.rehabPausedFrom = request.status() == RehabilitationRules.ActivityStatus.PAUSED
                ? request.pausedFrom() : null;
        episode.rehabStatementFrom = request.activityStatementFrom();
        episode.rehabStatementUntil = request.activityStatementUntil();
        episode.trialStatementFrom = request.workTrialStatementFrom();
        episode.trialStatementUntil = request.workTrialStatementUntil();
        episodeRepository.flush();
    }

    public List<RehabilitationRules.Flag> rehabilitationFlags(Episode episode, LocalDate today) {
        boolean trialOngoing = jobs.ofEpisode(episode.id).stream()
                .anyMatch(j -> j.kind == Job.Kind.WORK_TRIAL && j.ongoingOn(today));
        return RehabilitationRules.flags(new RehabilitationRules.Situation(episode.rehabStatus,
                episode.rehabDaysPerWeek, episode.rehabPausedFrom, trialOngoing, episode.rehabStatementFrom, episode.rehabStatementUntil,
                episode.trialStatementFrom, episode.trialStatementUntil), today);
    }

    private String recorderFor(Episode episode, String records) {
        return recorders.recorderFor(providers.coach(episode.coachId), records);
    }

    public List<FollowAlongSchedule.ContactStatus> followAlong(UUID episodeId, LocalDate today) {
        return FollowAlong.statuses(jobs.ofEpisode(episodeId), meetings.ofEpisode(episodeId), today);
    }
}
