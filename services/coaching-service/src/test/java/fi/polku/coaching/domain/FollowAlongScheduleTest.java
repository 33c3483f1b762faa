package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.coaching.domain.FollowAlongSchedule.ContactStatus;
import fi.polku.coaching.domain.FollowAlongSchedule.HeldMeeting;
import fi.polku.coaching.domain.FollowAlongSchedule.JobDates;
import fi.polku.coaching.domain.FollowAlongSchedule.Kind;
import fi.polku.coaching.domain.FollowAlongSchedule.Status;

class FollowAlongScheduleTest {

    private static final UUID JOB = UUID.randomUUID();
    private static final LocalDate START = LocalDate.of(2025, 3, 3); // a Monday

    @Test
    void aJobSchedulesTheContactsOfItem23() {
        List<FollowAlongSchedule.Contact> contacts = FollowAlongSchedule.contacts(new JobDates(JOB, START, null, null));

        assertThat(contacts).hasSize(1 + 1 + 4 + 11);
        assertThat(contacts.get(0)).isEqualTo(new FollowAlongSchedule.Contact(JOB, Kind.BEFORE_START, 1,
                LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 2), true));
        assertThat(contacts.get(1)).isEqualTo(new FollowAlongSchedule.Contact(JOB, Kind.AFTER_START, 1,
                START, LocalDate.of(2025, 3, 6), true));
        assertThat(contacts.stream().filter(c -> c.kind() == Kind.WEEKLY).map(FollowAlongSchedule.Contact::dueDate))
                .containsExactly(LocalDate.of(2025, 3, 9), LocalDate.of(2025, 3, 16), LocalDate.of(2025, 3, 23),
                        LocalDate.of(2025, 3, 30));
        List<FollowAlongSchedule.Contact> monthly = contacts.stream().filter(c -> c.kind() == Kind.MONTHLY).toList();
        assertThat(monthly.get(0).windowStart()).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(monthly.get(0).dueDate()).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(monthly.get(10).dueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(contacts).allMatch(FollowAlongSchedule.Contact::faceToFaceRequired);
    }

    @Test
    void aJobEndedOverAWeekendAndPublicHolidayIsContactedWithinThreeWorkingDays() {
        // heard on Thursday 2 April 2026: Good Friday, Saturday, Sunday, Easter Monday do not count
        JobDates ended = new JobDates(JOB, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 2));
        FollowAlongSchedule.Contact afterEnd = FollowAlongSchedule.contacts(ended).stream()
                .filter(c -> c.kind() == Kind.AFTER_JOB_END).findFirst().orElseThrow();

        assertThat(afterEnd.windowStart()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(afterEnd.dueDate()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(afterEnd.faceToFaceRequired()).as("any contact will do").isFalse();
        assertThat(FollowAlongSchedule.contacts(ended)).filteredOn(c -> c.kind() != Kind.AFTER_JOB_END)
                .noneMatch(c -> c.windowStart().isAfter(ended.end()));
    }

    @Test
    void contactsAreDoneByHeldMeetingsInTheirWindowAndOverdueAfterTheirDueDate() {
        List<HeldMeeting> meetings = List.of(new HeldMeeting(LocalDate.of(2025, 2, 27), true),
                new HeldMeeting(LocalDate.of(2025, 3, 5), true),
                new HeldMeeting(LocalDate.of(2025, 3, 12), false)); // remote: does not keep a weekly contact
        List<ContactStatus> statuses = FollowAlongSchedule.statuses(List.of(new JobDates(JOB, START, null, null)),
                meetings, LocalDate.of(2025, 3, 20));

        assertThat(status(statuses, Kind.BEFORE_START, 1)).isEqualTo(Status.DONE);
        assertThat(status(statuses, Kind.AFTER_START, 1)).isEqualTo(Status.DONE);
        assertThat(status(statuses, Kind.WEEKLY, 1)).isEqualTo(Status.DONE);
        assertThat(status(statuses, Kind.WEEKLY, 2)).isEqualTo(Status.OVERDUE);
        assertThat(status(statuses, Kind.WEEKLY, 3)).isEqualTo(Status.DUE);
        assertThat(status(statuses, Kind.WEEKLY, 4)).isEqualTo(Status.UPCOMING);
        assertThat(statuses.stream().filter(s -> s.contact().kind() == Kind.BEFORE_START).findFirst().orElseThrow()
                .doneOn()).isEqualTo(LocalDate.of(2025, 2, 27));
    }

    private static Status status(List<ContactStatus> statuses, Kind kind, int sequence) {
        return statuses.stream().filter(s -> s.contact().kind() == kind && s.contact().sequence() == sequence)
                .findFirst().orElseThrow().status();
    }

    /** Item 23: "keskimäärin vähintään kuukausittain ensimmäisen vuoden aikana" — monthly on average. */
    @Test
    void aSkippedMonthIsNotOverdueWhileTheAverageHolds() {
        JobDates job = new JobDates(JOB, START, null, null);
        // months 2 and 3 due by 2 June; two meetings in May keep the average though April's window had none
        List<HeldMeeting> twoInMay = List.of(new HeldMeeting(LocalDate.of(2025, 5, 5), true),
                new HeldMeeting(LocalDate.of(2025, 5, 20), true));
        List<ContactStatus> kept = FollowAlongSchedule.statuses(List.of(job), twoInMay, LocalDate.of(2025, 6, 10));
        assertThat(status(kept, Kind.MONTHLY, 2)).isEqualTo(Status.AVERAGE_KEPT);
        assertThat(status(kept, Kind.MONTHLY, 3)).isEqualTo(Status.DONE);

        List<ContactStatus> missed = FollowAlongSchedule.statuses(List.of(job), twoInMay.subList(0, 1),
                LocalDate.of(2025, 6, 10));
        assertThat(status(missed, Kind.MONTHLY, 2)).isEqualTo(Status.OVERDUE);
    }
}
