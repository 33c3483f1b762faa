package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.polku.coaching.domain.FollowAlongSchedule.ContactStatus;
import fi.polku.coaching.domain.FollowAlongSchedule.Kind;
import fi.polku.coaching.domain.FollowAlongSchedule.Status;

class CoachingDeadlinesTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    /** Item 14: "Ammatillinen alkuarvio muodostetaan 2–3 tapaamisen aikana ja tieto kirjataan ammatillisen profiilin lomakkeelle." */
    @Test
    void theVocationalProfileIsDueByTheThirdHeldMeeting() {
        List<LocalDate> two = List.of(START.plusDays(2), START.plusDays(9));
        assertThat(status(CoachingDeadlines.statuses(START, two, false, List.of(), START.plusDays(10)),
                Kind.VOCATIONAL_PROFILE).status()).isEqualTo(Status.DUE);
        List<LocalDate> three = List.of(START.plusDays(2), START.plusDays(9), START.plusDays(16));
        ContactStatus late = status(CoachingDeadlines.statuses(START, three, false, List.of(), START.plusDays(17)),
                Kind.VOCATIONAL_PROFILE);
        assertThat(late.status()).isEqualTo(Status.OVERDUE);
        assertThat(late.contact().dueDate()).isEqualTo(START.plusDays(16));
        assertThat(status(CoachingDeadlines.statuses(START, three, true, List.of(), START.plusDays(17)),
                Kind.VOCATIONAL_PROFILE).status()).isEqualTo(Status.DONE);
    }

    /**
     * Item 15: "ensimmäinen avoimilla markkinoilla olevaa työpaikkaa koskeva kasvokkainen tapaaminen työnantajan
     * kanssa toteutuu 30 päivän sisällä palveluun tulosta".
     */
    @Test
    void aFaceToFaceEmployerContactIsDueWithinThirtyDaysOfTheStart() {
        ContactStatus open = status(CoachingDeadlines.statuses(START, List.of(), true, List.of(), START.plusDays(20)),
                Kind.FIRST_EMPLOYER_CONTACT);
        assertThat(open.status()).isEqualTo(Status.DUE);
        assertThat(open.contact().dueDate()).isEqualTo(START.plusDays(30));
        assertThat(status(CoachingDeadlines.statuses(START, List.of(), true, List.of(), START.plusDays(31)),
                Kind.FIRST_EMPLOYER_CONTACT).status()).isEqualTo(Status.OVERDUE);
        ContactStatus kept = status(CoachingDeadlines.statuses(START, List.of(), true,
                List.of(START.minusDays(5), START.plusDays(25)), START.plusDays(31)), Kind.FIRST_EMPLOYER_CONTACT);
        assertThat(kept.status()).isEqualTo(Status.DONE);
        assertThat(kept.doneOn()).isEqualTo(START.plusDays(25));
    }

    private static ContactStatus status(List<ContactStatus> statuses, Kind kind) {
        return statuses.stream().filter(s -> s.contact().kind() == kind).findFirst().orElseThrow();
    }
}
