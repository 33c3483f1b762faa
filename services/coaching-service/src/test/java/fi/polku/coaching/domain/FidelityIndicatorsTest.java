package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.coaching.domain.FidelityIndicators.CoachFacts;
import fi.polku.coaching.domain.FidelityIndicators.ContactFacts;
import fi.polku.coaching.domain.FidelityIndicators.EpisodeFacts;
import fi.polku.coaching.domain.FidelityIndicators.Facts;
import fi.polku.coaching.domain.FidelityIndicators.Indicator;
import fi.polku.coaching.domain.FidelityIndicators.JobFacts;
import fi.polku.coaching.domain.FidelityIndicators.MeetingFacts;

/** Each computable fidelity item on a known data set, with the score its anchors give. */
class FidelityIndicatorsTest {

    private static final UUID COACH_A = UUID.randomUUID();
    private static final UUID COACH_B = UUID.randomUUID();
    private static final List<CoachFacts> ONE_AND_A_HALF_COACHES = List.of(
            new CoachFacts(COACH_A, new BigDecimal("1.00")), new CoachFacts(COACH_B, new BigDecimal("0.50")));
    /** Four weeks exactly. */
    private static final LocalDate FROM = LocalDate.of(2025, 1, 6);
    private static final LocalDate TO = LocalDate.of(2025, 2, 2);
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 31);

    @Test
    void item1CaseloadPerFullTimeCoach() {
        List<EpisodeFacts> episodes = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            episodes.add(episode(i % 2 == 0 ? COACH_A : COACH_B, LocalDate.of(2024, 11, 1), null));
        }
        episodes.add(episode(COACH_A, LocalDate.of(2024, 11, 1), LocalDate.of(2025, 1, 20))); // ended: not counted
        episodes.add(episode(COACH_A, LocalDate.of(2025, 3, 1), null));                       // later: not counted

        Indicator caseload = item(1, new Facts(ONE_AND_A_HALF_COACHES, episodes, List.of(), List.of(), List.of()));

        assertThat(caseload.value()).isEqualTo(22.0); // 33 / 1.5
        assertThat(caseload.score()).isEqualTo(4);    // 21–25
        assertThat(caseload.data()).containsEntry("activeClients", 33).containsEntry("fullTimeEquivalents", 1.5);
    }

    @Test
    void item15DaysToTheFirstFaceToFaceEmployerContact() {
        EpisodeFacts first = episode(COACH_A, LocalDate.of(2025, 1, 6), null);
        EpisodeFacts second = episode(COACH_A, LocalDate.of(2025, 1, 10), null);
        EpisodeFacts third = episode(COACH_B, LocalDate.of(2025, 1, 20), null);
        List<ContactFacts> contacts = List.of(
                contact(COACH_A, LocalDate.of(2025, 1, 26), true, true, first.clientId()),   // 20 days
                contact(COACH_A, LocalDate.of(2025, 1, 12), false, true, second.clientId()), // by phone: not counted
                contact(COACH_A, LocalDate.of(2025, 3, 1), true, true, second.clientId()));  // 50 days
        // the third has no contact yet: counted with the 13 days until the period's end (a lower bound)
        Indicator rapid = item(15, new Facts(ONE_AND_A_HALF_COACHES, List.of(first, second, third), contacts,
                List.of(), List.of()));

        assertThat(rapid.value()).isEqualTo(27.67); // (20 + 50 + 13) / 3
        assertThat(rapid.score()).isEqualTo(5);     // within 30 days
        assertThat(rapid.data()).containsEntry("withFaceToFaceEmployerContact", 2)
                .containsEntry("withoutContactCountedWithDaysSoFar", 1);

        Indicator slow = item(15, new Facts(ONE_AND_A_HALF_COACHES, List.of(second), contacts, List.of(),
                List.of()));
        assertThat(slow.value()).isEqualTo(50.0);
        assertThat(slow.score()).isEqualTo(4); // 31–60
    }

    @Test
    void item16ShareOfContactsBasedOnClientPreferences() {
        List<ContactFacts> contacts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            contacts.add(contact(COACH_A, FROM.plusDays(i), i % 2 == 0, i < 8, UUID.randomUUID()));
        }
        contacts.add(contact(COACH_A, TO.plusDays(1), true, false, UUID.randomUUID())); // outside the period

        Indicator individualised = item(16, new Facts(ONE_AND_A_HALF_COACHES, List.of(), contacts, List.of(),
                List.of()));

        assertThat(individualised.value()).isEqualTo(80.0);
        assertThat(individualised.score()).isEqualTo(4); // 75–89 %
    }

    @Test
    void item17FaceToFaceEmployerContactsPerCoachPerWeek() {
        List<ContactFacts> contacts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            contacts.add(contact(i < 20 ? COACH_A : COACH_B, FROM.plusDays(i % 28), true, true, UUID.randomUUID()));
        }
        for (int i = 0; i < 5; i++) {
            contacts.add(contact(COACH_A, FROM.plusDays(i), false, true, UUID.randomUUID()));
        }

        Indicator perWeek = item(17, new Facts(ONE_AND_A_HALF_COACHES, List.of(), contacts, List.of(), List.of()));

        assertThat(perWeek.value()).isEqualTo(5.0); // 30 / (1.5 coaches x 4 weeks)
        assertThat(perWeek.score()).isEqualTo(4);
        assertThat(perWeek.data()).containsEntry("weeks", 4.0);
    }

    @Test
    void items19And20JobAndEmployerDiversity() {
        String[] occupations = {"welder", "cook", "cleaner", "Welder", "bus driver"};
        String[] employers = {"1234567-1", "2345678-0", "1234567-1", "3456789-9", "1234567-1"};
        List<JobFacts> jobs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            jobs.add(job(Job.Kind.EMPLOYMENT, FROM.plusDays(i), occupations[i], employers[i], true));
        }
        jobs.add(job(Job.Kind.WORK_TRIAL, FROM, "mechanic", "9999999-9", false)); // a trial is no job
        Facts facts = new Facts(ONE_AND_A_HALF_COACHES, List.of(), List.of(), jobs, List.of());

        Indicator jobDiversity = item(19, facts);
        assertThat(jobDiversity.value()).isEqualTo(80.0); // 4 different occupations of 5 jobs
        assertThat(jobDiversity.score()).isEqualTo(4);    // 70–84 %

        Indicator employerDiversity = item(20, facts);
        assertThat(employerDiversity.value()).isEqualTo(60.0); // 3 different employers of 5 jobs
        assertThat(employerDiversity.score()).isEqualTo(3);    // 60–69 %
    }

    @Test
    void item21CompetitiveJobsNeedTenEmployedClients() {
        List<JobFacts> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            jobs.add(job(Job.Kind.EMPLOYMENT, FROM.plusDays(i), "occupation " + i, "employer " + i, i != 0));
        }
        Indicator competitive = item(21, new Facts(ONE_AND_A_HALF_COACHES, List.of(), List.of(), jobs, List.of()));
        assertThat(competitive.value()).isEqualTo(90.0);
        assertThat(competitive.score()).isEqualTo(4); // 85–94 %

        Indicator fewClients = item(21, new Facts(ONE_AND_A_HALF_COACHES, List.of(), List.of(),
                jobs.subList(1, 10), List.of()));
        assertThat(fewClients.value()).isEqualTo(100.0);
        assertThat(fewClients.score()).as("fewer than 10 employed clients").isEqualTo(1);
    }

    @Test
    void item23FollowAlongContacts() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 6, 30);
        JobFacts job = job(Job.Kind.EMPLOYMENT, LocalDate.of(2025, 1, 6), "welder", "1234567-1", true);
        List<LocalDate> everyContact = List.of(LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 8),
                LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 22), LocalDate.of(2025, 1, 29),
                LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 10),
                LocalDate.of(2025, 5, 10));

        Indicator all = followAlong(job, everyContact, from, to);
        assertThat(all.value()).isEqualTo(100.0);
        assertThat(all.score()).isEqualTo(5);
        assertThat(all.data()).containsEntry("contactsDue", 10); // before, after, 4 weekly, 4 monthly

        Indicator noPreStart = followAlong(job, everyContact.subList(1, everyContact.size()), from, to);
        assertThat(noPreStart.score()).as("weekly and monthly kept").isEqualTo(4);

        Indicator fourMonths = followAlong(job, List.of(LocalDate.of(2025, 5, 10)), from, to);
        assertThat(fourMonths.score()).as("met four months after the start").isEqualTo(3);

        Indicator afterFirstMonth = followAlong(job, List.of(LocalDate.of(2025, 2, 20)), from, to);
        assertThat(afterFirstMonth.score()).isEqualTo(2);

        Indicator none = followAlong(job, List.of(), from, to);
        assertThat(none.value()).isEqualTo(0.0);
        assertThat(none.score()).isEqualTo(1);
    }

    @Test
    void item24ShareOfMeetingsInTheCommunity() {
        UUID episodeId = UUID.randomUUID();
        List<MeetingFacts> meetings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            meetings.add(new MeetingFacts(episodeId, FROM.plusDays(i), true, true, i < 6));
        }
        for (int i = 0; i < 3; i++) {
            meetings.add(new MeetingFacts(episodeId, FROM.plusDays(i), false, true, false)); // no-shows
        }

        Indicator community = item(24, new Facts(ONE_AND_A_HALF_COACHES, List.of(), List.of(), List.of(), meetings));

        assertThat(community.value()).isEqualTo(60.0);
        assertThat(community.score()).isEqualTo(4); // 50–64 %
    }

    @Test
    void anItemWithoutDataHasNoScore() {
        List<Indicator> indicators = FidelityIndicators.compute(new Facts(List.of(), List.of(), List.of(), List.of(),
                List.of()), FROM, TO, TODAY);
        assertThat(indicators).extracting(Indicator::item).containsExactly(1, 15, 16, 17, 19, 20, 21, 23, 24);
        assertThat(indicators).allMatch(i -> i.score() == null && i.value() == null);
    }

    private static Indicator followAlong(JobFacts job, List<LocalDate> faceToFace, LocalDate from, LocalDate to) {
        List<MeetingFacts> meetings = faceToFace.stream()
                .map(d -> new MeetingFacts(job.episodeId(), d, true, true, true)).toList();
        return FidelityIndicators.compute(new Facts(ONE_AND_A_HALF_COACHES, List.of(), List.of(), List.of(job),
                meetings), from, to, TODAY).stream().filter(i -> i.item() == 23).findFirst().orElseThrow();
    }

    private static Indicator item(int number, Facts facts) {
        return FidelityIndicators.compute(facts, FROM, TO, TODAY).stream().filter(i -> i.item() == number)
                .findFirst().orElseThrow();
    }

    private static EpisodeFacts episode(UUID coach, LocalDate started, LocalDate ended) {
        return new EpisodeFacts(UUID.randomUUID(), UUID.randomUUID(), coach, started, ended);
    }

    private static ContactFacts contact(UUID coach, LocalDate date, boolean faceToFace, boolean preferences,
            UUID clientId) {
        return new ContactFacts(coach, date, faceToFace, preferences, Set.of(clientId));
    }

    private static JobFacts job(Job.Kind kind, LocalDate start, String occupation, String employer,
            boolean competitive) {
        return new JobFacts(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), kind, start, null, null,
                occupation, employer, competitive);
    }
}
