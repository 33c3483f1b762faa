package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.polku.coaching.domain.Meeting;

public record MeetingView(UUID id, UUID episodeId, UUID coachId, LocalDate date, Meeting.Mode mode,
        Meeting.Location location, boolean inCommunity, String topic, Meeting.Attendance attendance,
        List<Meeting.ReachAttempt> reachAttempts) {

    public static MeetingView of(Meeting m) {
        return new MeetingView(m.id, m.episodeId, m.coachId, m.date, m.mode, m.location, m.location.inCommunity(),
                m.topic, m.attendance, m.reachAttempts);
    }
}
