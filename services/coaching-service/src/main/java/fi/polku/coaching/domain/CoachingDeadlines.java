package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The model's deadlines at the start of coaching, for the coach's due list next to the follow-along contacts:
 *
 * <ul>
 * <li>item 14: "Ammatillinen alkuarvio muodostetaan 2–3 tapaamisen aikana ja tieto kirjataan ammatillisen profiilin
 * lomakkeelle" — the vocational profile is due by the third held meeting (until it is held, due today), overdue
 * after it while not written;</li>
 * <li>item 15: "ensimmäinen avoimilla markkinoilla olevaa työpaikkaa koskeva kasvokkainen tapaaminen työnantajan
 * kanssa toteutuu 30 päivän sisällä palveluun tulosta" — a face-to-face employer contact about the client within 30
 * days of the start.</li>
 * </ul>
 * The contact within 3 working days of hearing that a job ended is a follow-along contact ({@link FollowAlongSchedule}).
 */
public final class CoachingDeadlines {

    public static final int PROFILE_BY_MEETING = 3;
    public static final int FIRST_EMPLOYER_CONTACT_DAYS = 30;

    /**
     * @param heldMeetings the dates of the episode's held meetings
     * @param profileWritten whether the vocational profile has been written
     * @param faceToFaceEmployerContacts the dates of face-to-face employer contacts about the client
     */
    public static List<FollowAlongSchedule.ContactStatus> statuses(LocalDate startedOn, List<LocalDate> heldMeetings,
            boolean profileWritten, List<LocalDate> faceToFaceEmployerContacts, LocalDate today) {
        List<FollowAlongSchedule.ContactStatus> statuses = new ArrayList<>();
        Optional<LocalDate> thirdHeld = profileDueBy(heldMeetings);
        LocalDate profileDue = thirdHeld.orElse(today);
        FollowAlongSchedule.Contact profile = new FollowAlongSchedule.Contact(null,
                FollowAlongSchedule.Kind.VOCATIONAL_PROFILE, 1, startedOn, profileDue, false);
        statuses.add(new FollowAlongSchedule.ContactStatus(profile, profileWritten ? FollowAlongSchedule.Status.DONE
                : thirdHeld.isPresent() ? FollowAlongSchedule.Status.OVERDUE : FollowAlongSchedule.Status.DUE, null));
        LocalDate contactDue = startedOn.plusDays(FIRST_EMPLOYER_CONTACT_DAYS);
        FollowAlongSchedule.Contact employer = new FollowAlongSchedule.Contact(null,
                FollowAlongSchedule.Kind.FIRST_EMPLOYER_CONTACT, 1, startedOn, contactDue, true);
        Optional<LocalDate> first = faceToFaceEmployerContacts.stream()
                .filter(d -> !d.isBefore(startedOn) && !d.isAfter(contactDue)).min(Comparator.naturalOrder());
        statuses.add(first.map(on -> new FollowAlongSchedule.ContactStatus(employer, FollowAlongSchedule.Status.DONE,
                on)).orElseGet(() -> new FollowAlongSchedule.ContactStatus(employer, today.isAfter(contactDue)
                        ? FollowAlongSchedule.Status.OVERDUE : FollowAlongSchedule.Status.DUE, null)));
        return statuses;
    }

    /** The day of the third held meeting, by which the profile is due; empty while fewer are held. */
    public static Optional<LocalDate> profileDueBy(List<LocalDate> heldMeetings) {
        List<LocalDate> held = heldMeetings.stream().sorted().toList();
        return held.size() >= PROFILE_BY_MEETING ? Optional.of(held.get(PROFILE_BY_MEETING - 1)) : Optional.empty();
    }

    private CoachingDeadlines() {
    }
}
