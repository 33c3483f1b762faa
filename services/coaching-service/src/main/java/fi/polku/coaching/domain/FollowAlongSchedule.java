package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.platform.time.FinnishCalendar;

/**
 * The time-unlimited follow-along support of fidelity item 23, as contacts due for each job:
 * face-to-face within a week before the start, within 3 days after it, weekly during the first month (four weeks),
 * monthly until the job's first anniversary; and a contact (any mode) within 3 working days of hearing that the job
 * ended. Contacts are kept by held meetings in their window, so the schedule is computed from the recorded work,
 * never stored. After a job ends, the contacts whose window opens later are no longer due.
 *
 * <p>The monthly contacts are "keskimäärin vähintään kuukausittain ensimmäisen vuoden aikana" — monthly <em>on
 * average</em>: a monthly contact whose window passed without a meeting is not overdue while the face-to-face
 * meetings held since the first month are at least as many as the monthly contacts already due
 * ({@link Status#AVERAGE_KEPT}). Tapering after that follows the client's wishes and is not scheduled here.
 */
public final class FollowAlongSchedule {

    /** The follow-along contacts, and the start's deadlines of items 14 and 15 ({@link CoachingDeadlines}). */
    @Schema(name = "FollowAlongKind")
    public enum Kind { BEFORE_START, AFTER_START, WEEKLY, MONTHLY, AFTER_JOB_END, VOCATIONAL_PROFILE,
        FIRST_EMPLOYER_CONTACT }

    /** AVERAGE_KEPT: a monthly contact missed, but the face-to-face meetings since the first month hold the average. */
    @Schema(name = "FollowAlongStatus")
    public enum Status { UPCOMING, DUE, DONE, OVERDUE, AVERAGE_KEPT }

    public record JobDates(UUID jobId, LocalDate start, LocalDate end, LocalDate endLearnedOn) {
    }

    /** {@code jobId} is null for the start's deadlines (items 14 and 15). */
    public record Contact(UUID jobId, Kind kind, int sequence, LocalDate windowStart, LocalDate dueDate,
            boolean faceToFaceRequired) {

        boolean keptBy(HeldMeeting meeting) {
            return !meeting.date().isBefore(windowStart) && !meeting.date().isAfter(dueDate)
                    && (meeting.faceToFace() || !faceToFaceRequired);
        }
    }

    public record HeldMeeting(LocalDate date, boolean faceToFace) {
    }

    public record ContactStatus(Contact contact, Status status, LocalDate doneOn) {
    }

    private FollowAlongSchedule() {
    }

    public static List<Contact> contacts(JobDates job) {
        LocalDate start = job.start();
        List<Contact> contacts = new ArrayList<>();
        contacts.add(new Contact(job.jobId(), Kind.BEFORE_START, 1, start.minusDays(7), start.minusDays(1), true));
        contacts.add(new Contact(job.jobId(), Kind.AFTER_START, 1, start, start.plusDays(3), true));
        for (int week = 1; week <= 4; week++) {
            contacts.add(new Contact(job.jobId(), Kind.WEEKLY, week, start.plusDays(7L * (week - 1)),
                    start.plusDays(7L * week - 1), true));
        }
        for (int month = 2; month <= 12; month++) {
            contacts.add(new Contact(job.jobId(), Kind.MONTHLY, month, start.plusMonths(month - 1),
                    start.plusMonths(month).minusDays(1), true));
        }
        List<Contact> due = new ArrayList<>(contacts.stream()
                .filter(c -> job.end() == null || !c.windowStart().isAfter(job.end())).toList());
        if (job.end() != null) {
            LocalDate heard = job.endLearnedOn() == null ? job.end() : job.endLearnedOn();
            due.add(new Contact(job.jobId(), Kind.AFTER_JOB_END, 1, heard, FinnishCalendar.addWorkingDays(heard, 3),
                    false));
        }
        return due;
    }

    public static List<ContactStatus> statuses(List<JobDates> jobs, List<HeldMeeting> meetings, LocalDate today) {
        List<HeldMeeting> byDate = meetings.stream().sorted(Comparator.comparing(HeldMeeting::date)).toList();
        return jobs.stream().flatMap(job -> averaged(job, contacts(job).stream()
                        .map(contact -> status(contact, byDate, today)).toList(), byDate, today).stream())
                .sorted(Comparator.comparing((ContactStatus s) -> s.contact().dueDate())
                        .thenComparing(s -> s.contact().kind()))
                .toList();
    }

    private static List<ContactStatus> averaged(JobDates job, List<ContactStatus> statuses, List<HeldMeeting> meetings,
            LocalDate today) {
        long monthlyPassed = statuses.stream().filter(s -> s.contact().kind() == Kind.MONTHLY)
                .filter(s -> today.isAfter(s.contact().dueDate())).count();
        LocalDate from = job.start().plusMonths(1);
        long heldSince = meetings.stream().filter(HeldMeeting::faceToFace)
                .filter(m -> !m.date().isBefore(from) && !m.date().isAfter(today)).count();
        if (monthlyPassed == 0 || heldSince < monthlyPassed) {
            return statuses;
        }
        return statuses.stream().map(s -> s.contact().kind() == Kind.MONTHLY && s.status() == Status.OVERDUE
                ? new ContactStatus(s.contact(), Status.AVERAGE_KEPT, null) : s).toList();
    }

    static ContactStatus status(Contact contact, List<HeldMeeting> meetings, LocalDate today) {
        Optional<HeldMeeting> keeping = meetings.stream().filter(contact::keptBy).findFirst();
        if (keeping.isPresent()) {
            return new ContactStatus(contact, Status.DONE, keeping.get().date());
        }
        if (today.isAfter(contact.dueDate())) {
            return new ContactStatus(contact, Status.OVERDUE, null);
        }
        return new ContactStatus(contact, today.isBefore(contact.windowStart()) ? Status.UPCOMING : Status.DUE, null);
    }
}
