package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.util.List;

public record MeetingEntry(LocalDate date, Meeting.Mode mode, Meeting.Location location, String topic,
        Meeting.Attendance attendance, List<Meeting.ReachAttempt> reachAttempts) {
}
