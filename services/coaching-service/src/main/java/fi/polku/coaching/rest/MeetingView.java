package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.Meeting;

public record MeetingView(UUID id, UUID episodeId, UUID coachId, LocalDate date, Meeting.Mode mode,
        Meeting.Location location, boolean inCommunity, String topic, Meeting.Attendance attendance,
        @Schema(description = "The attempts to reach a client who did not come; empty when none were recorded")
        List<ReachAttemptView> reachAttempts,
        @Schema(description = "Who entered it: the coach (coachId) or a provider lead on the coach's behalf")
        String recordedBy) {

    @Schema(name = "ReachAttempt", description = "An attempt to reach a client who did not come (item 25)")
    public record ReachAttemptView(LocalDate date, Meeting.ReachMethod method, boolean reached,
            @Schema(nullable = true) String note) {
    }

    public static MeetingView of(Meeting m) {
        return new MeetingView(m.id, m.episodeId, m.coachId, m.date, m.mode, m.location, m.location.inCommunity(),
                m.topic, m.attendance, m.reachAttempts.stream()
                        .map(a -> new ReachAttemptView(a.date(), a.method(), a.reached(), a.note())).toList(),
                m.recordedBy);
    }
}
