package fi.polku.coaching.service;

import java.time.LocalDate;
import java.util.List;

import fi.polku.coaching.domain.FollowAlongSchedule;
import fi.polku.coaching.domain.Job;
import fi.polku.coaching.domain.Meeting;

/** Feeds the recorded jobs and meetings to the follow-along schedule: employment only, held meetings only. */
final class FollowAlong {

    private FollowAlong() {
    }

    static List<FollowAlongSchedule.ContactStatus> statuses(List<Job> jobs, List<Meeting> meetings, LocalDate today) {
        List<FollowAlongSchedule.JobDates> employment = jobs.stream().filter(j -> j.kind == Job.Kind.EMPLOYMENT)
                .map(j -> new FollowAlongSchedule.JobDates(j.id, j.startDate, j.endDate, j.endLearnedOn)).toList();
        List<FollowAlongSchedule.HeldMeeting> held = meetings.stream().filter(Meeting::held)
                .map(m -> new FollowAlongSchedule.HeldMeeting(m.date, m.mode == Meeting.Mode.FACE_TO_FACE)).toList();
        return FollowAlongSchedule.statuses(employment, held, today);
    }
}
