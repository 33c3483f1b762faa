package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.Meeting;
import fi.polku.coaching.domain.MeetingEntry;

public record MeetingRequest(
        @NotNull LocalDate date,
        @NotNull Meeting.Mode mode,
        @Schema(description = "Where: in the community (home, café, library, workplace, …) or OFFICE; REMOTE for"
                + " remote meetings")
        @NotNull Meeting.Location location,
        @NotBlank @Size(max = 500) String topic,
        @Schema(description = "HELD, or NO_SHOW when the client did not come; an episode is never closed for"
                + " missed meetings")
        @NotNull Meeting.Attendance attendance,
        @Schema(description = "The attempts to reach a client who did not come (assertive engagement, item 25)")
        @Size(max = 50) List<@Valid @NotNull ReachAttemptRequest> reachAttempts) {

    public record ReachAttemptRequest(@NotNull LocalDate date, @NotNull Meeting.ReachMethod method,
            @NotNull Boolean reached, @Size(max = 500) String note) {
    }

    public MeetingEntry entry() {
        return new MeetingEntry(date, mode, location, topic.strip(), attendance, reachAttempts == null ? List.of()
                : reachAttempts.stream().map(a -> new Meeting.ReachAttempt(a.date(), a.method(), a.reached(),
                        a.note())).toList());
    }
}
