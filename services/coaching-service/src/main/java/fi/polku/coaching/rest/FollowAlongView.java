package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.FollowAlongSchedule;

@Schema(description = "The follow-along contacts of item 23 for the episode's jobs, computed from its jobs and held"
        + " meetings")
public record FollowAlongView(UUID episodeId, LocalDate today, long due, long done, long overdue,
        List<ContactView> contacts) {

    @Schema(name = "FollowAlongContact", description = "A follow-along contact of item 23 and its status")
    public record ContactView(UUID episodeId,
            @Schema(nullable = true, description = "The job; null for the start's deadlines (VOCATIONAL_PROFILE, item"
                    + " 14; FIRST_EMPLOYER_CONTACT, item 15)") UUID jobId, FollowAlongSchedule.Kind kind, int sequence,
            LocalDate windowStart, LocalDate dueDate, boolean faceToFaceRequired, FollowAlongSchedule.Status status,
            @Schema(nullable = true, description = "The held meeting that kept it; null until kept") LocalDate doneOn) {

        public static ContactView of(UUID episodeId, FollowAlongSchedule.ContactStatus s) {
            return new ContactView(episodeId, s.contact().jobId(), s.contact().kind(), s.contact().sequence(),
                    s.contact().windowStart(), s.contact().dueDate(), s.contact().faceToFaceRequired(), s.status(),
                    s.doneOn());
        }
    }

    public static FollowAlongView of(UUID episodeId, LocalDate today, List<FollowAlongSchedule.ContactStatus> all) {
        return new FollowAlongView(episodeId, today, count(all, FollowAlongSchedule.Status.DUE),
                count(all, FollowAlongSchedule.Status.DONE), count(all, FollowAlongSchedule.Status.OVERDUE),
                all.stream().map(s -> ContactView.of(episodeId, s)).toList());
    }

    private static long count(List<FollowAlongSchedule.ContactStatus> all, FollowAlongSchedule.Status status) {
        return all.stream().filter(s -> s.status() == status).count();
    }
}
