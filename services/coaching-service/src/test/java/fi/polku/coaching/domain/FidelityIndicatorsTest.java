package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import fi.polku.coaching.domain.FidelityIndicators.PhaseFacts;
import fi.polku.coaching.domain.FidelityIndicators.ProfileFacts;

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

        Indicator caseload = item(1, facts(ONE_AND_A_HALF_COACHES, episodes, List.of(), List.of(), List.of()));

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
        Indicator rapid = item(15, facts(ONE_AND_A_HALF_COACHES, List.of(first, second, third), contacts,
                List.of(), List.of()));

        assertThat(rapid.value()).isEqualTo(27.67); // (20 + 50 + 13) / 3
        assertThat(rapid.score()).isEqualTo(5);     // within 30 days
        assertThat(rapid.data()).containsEntry("withFaceToFaceEmployerContact", 2)
                .containsEntry("withoutContactCountedWithDaysSoFar", 1);

        Indicator slow = item(15, facts(ONE_AND_A_HALF_COACHES, List.of(second), contacts, List.of(),
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

        Indicator individualised = item(16, facts(ONE_AND_A_HALF_COACHES, List.of(), contacts, List.of(),
                List.of()));

        assertThat(individualised.value()).isEqualTo(80.0);
        assertThat(individualised.score()).isEqualTo(4); // 75–89 %
    }

    /**
     * LIITE 1 item 17: "Jokainen työhönvalmentaja toteuttaa viikoittain ainakin 6 kasvokkaista tapaamista työnantajien
     * kanssa työnhakija-asiakkaidensa työllistymisen edistämiseksi ... Huom: Tässä huomioidaan ainoastaan tapaamiset,
     * jotka koskevat työnhakuvaiheessa olevia asiakkaita."
     */
    @Test
    void item17CountsPerCoachOnlyContactsAboutClientsInTheJobSearch() {
        List<EpisodeFacts> episodes = new ArrayList<>();
        List<PhaseFacts> phases = new ArrayList<>();
        List<ContactFacts> contacts = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // four job seekers each
            for (UUID coach : List.of(COACH_A, COACH_B)) {
                EpisodeFacts seeker = episode(coach, FROM.minusMonths(2), null);
                episodes.add(seeker);
                phases.add(new PhaseFacts(seeker.episodeId(), Phase.ENGAGEMENT, FROM.minusMonths(2)));
                phases.add(new PhaseFacts(seeker.episodeId(), Phase.JOB_SEARCH, FROM.minusMonths(1)));
            }
        }
        EpisodeFacts profiling = episode(COACH_A, FROM.minusMonths(1), null);
        episodes.add(profiling);
        phases.add(new PhaseFacts(profiling.episodeId(), Phase.VOCATIONAL_PROFILE, FROM.minusMonths(1)));
        for (int i = 0; i < 20; i++) { // coach A: 5 a week about job seekers
            contacts.add(contact(COACH_A, FROM.plusDays(i), true, true, episodes.get(2 * (i % 4)).clientId()));
        }
        for (int i = 0; i < 12; i++) { // coach B, half time: 3 a week, 6 per full-time week
            contacts.add(contact(COACH_B, FROM.plusDays(i), true, true, episodes.get(2 * (i % 4) + 1).clientId()));
        }
        for (int i = 0; i < 10; i++) { // about a client still in the profile phase, or by phone: not counted
            contacts.add(contact(COACH_A, FROM.plusDays(i), true, true, profiling.clientId()));
            contacts.add(contact(COACH_A, FROM.plusDays(i), false, true, episodes.get(0).clientId()));
        }

        Indicator perWeek = item(17, new Facts(ONE_AND_A_HALF_COACHES, episodes, contacts, List.of(), List.of(),
                phases, List.of(), List.of()));

        assertThat(perWeek.data()).containsEntry("faceToFaceContactsAboutJobSeekers", 32)
                .containsEntry("weeks", 4.0);
        assertThat(perWeek.value()).isEqualTo(5.5); // (5 + 6) / 2 coaches
        assertThat(perWeek.score()).as("coach A 4 (5 a week), coach B 5 (6 per full-time week): 4.5 rounded down")
                .isEqualTo(4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> coaches = (List<Map<String, Object>>) perWeek.data().get("coaches");
        assertThat(coaches).extracting(c -> c.get("jobSeekingClients")).containsExactly(4L, 4L);
        assertThat(coaches).extracting(c -> c.get("score")).containsExactly(4, 5);
    }

    /**
     * LIITE 1 item 17, 5 points: "mikäli työhönvalmentajalla on vähemmän kuin 3 työtä hakevaa asiakasta (esim. uuden
     * palvelun käynnistystä) vastaa viikoittaisten työnantajatapaamisten määrä vähintään 2 kertaa
     * työnhakija-asiakkaiden määrää (esim. 2 työnhakijaa asiakasta on 2, toteuttaa valmentaja vähintään 2 x 2 eli 4
     * työnantajatapaamista kanssa per viikko)."
     */
    @Test
    void item17ACoachWithFewerThanThreeJobSeekersNeedsTwiceTheirNumberAWeek() {
        List<EpisodeFacts> episodes = List.of(episode(COACH_A, FROM.minusMonths(1), null),
                episode(COACH_A, FROM.minusMonths(1), null));
        List<PhaseFacts> phases = episodes.stream()
                .map(e -> new PhaseFacts(e.episodeId(), Phase.EMPLOYER_AGREEMENT, FROM.minusDays(3))).toList();
        List<CoachFacts> oneCoach = List.of(new CoachFacts(COACH_A, BigDecimal.ONE));
        List<ContactFacts> fourAWeek = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            fourAWeek.add(contact(COACH_A, FROM.plusDays(i), true, true, episodes.get(i % 2).clientId()));
        }

        Indicator small = item(17, new Facts(oneCoach, episodes, fourAWeek, List.of(), List.of(), phases, List.of(),
                List.of()));
        assertThat(small.value()).isEqualTo(4.0);
        assertThat(small.score()).as("2 job seekers, 2 x 2 = 4 a week").isEqualTo(5);

        Indicator fewer = item(17, new Facts(oneCoach, episodes, fourAWeek.subList(0, 12), List.of(), List.of(),
                phases, List.of(), List.of()));
        assertThat(fewer.score()).as("3 a week: below the target, by the rate").isEqualTo(2);
        assertThat(FidelityAnchors.employerContactsOfCoach(4, 4, 3)).as("3 job seekers: the rate's anchors")
                .isEqualTo(3);
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
        Facts facts = facts(ONE_AND_A_HALF_COACHES, List.of(), List.of(), jobs, List.of());

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
        Indicator competitive = item(21, facts(ONE_AND_A_HALF_COACHES, List.of(), List.of(), jobs, List.of()));
        assertThat(competitive.value()).isEqualTo(90.0);
        assertThat(competitive.score()).isEqualTo(4); // 85–94 %

        Indicator fewClients = item(21, facts(ONE_AND_A_HALF_COACHES, List.of(), List.of(),
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
            meetings.add(meeting(episodeId, FROM.plusDays(i), true, i < 6 ? Meeting.Location.CAFE : Meeting.Location.OFFICE));
        }
        for (int i = 0; i < 3; i++) {
            meetings.add(meeting(episodeId, FROM.plusDays(i), false, Meeting.Location.OFFICE)); // no-shows
        }

        Indicator community = item(24, facts(ONE_AND_A_HALF_COACHES, List.of(), List.of(), List.of(), meetings));

        assertThat(community.value()).isEqualTo(60.0);
        assertThat(community.score()).isEqualTo(4); // 50–64 %
    }

    /**
     * LIITE 1 item 21: "Avoimille työmarkkinoille sijoittuvasta työstä maksetaan vähintään alan työehtosopimuksen
     * mukaista palkkaa ... (Avoimille työmarkkinoille sijoittuvaksi työksi lasketaan myös kausityö sekä vuokratyö" —
     * a fixed-term job is competitive employment, as reporting counts it; the score counts "vakituista työtä".
     */
    @Test
    void item21AFixedTermJobIsCompetitiveButTheScoreCountsPermanentOnes() {
        JobFacts seasonal = new JobFacts(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Job.Kind.EMPLOYMENT,
                FROM, null, null, "berry picker", "1234567-1", true, false);
        JobFacts permanent = job(Job.Kind.EMPLOYMENT, FROM, "cook", "2345678-0", true);
        Indicator competitive = item(21, facts(ONE_AND_A_HALF_COACHES, List.of(), List.of(),
                List.of(seasonal, permanent), List.of()));
        assertThat(competitive.data()).containsEntry("competitive", 2L).containsEntry("permanentCompetitive", 1L);
        assertThat(competitive.value()).isEqualTo(50.0);
    }

    /**
     * LIITE 1 item 3: "Jokainen työhönvalmentaja toteuttaa kaikkia työhönvalmennuksen vaiheita"; 4 = "neljä vaihetta
     * työhönvalmennuksesta, mutta eivät koko palvelua".
     */
    @Test
    void item3ShowsTheCoachChangesAndThePhasesEachCoachDid() {
        EpisodeFacts kept = episode(COACH_A, FROM.minusMonths(6), null);
        EpisodeFacts handedOver = episode(COACH_B, FROM.minusMonths(6), null);
        List<PhaseFacts> phases = new ArrayList<>();
        int month = 6;
        for (Phase phase : Phase.values()) {
            phases.add(new PhaseFacts(kept.episodeId(), phase, FROM.minusMonths(month)));
            phases.add(new PhaseFacts(handedOver.episodeId(), phase, FROM.minusMonths(month)));
            month--;
        }
        // coach A took the second client as far as the job support, B took over a day into it
        List<FidelityIndicators.CoachChangeFacts> changes = List.of(new FidelityIndicators.CoachChangeFacts(
                handedOver.episodeId(), COACH_A, COACH_B, FROM.minusMonths(2).plusDays(1)));
        Indicator sameCoach = item(3, new Facts(ONE_AND_A_HALF_COACHES, List.of(kept, handedOver), List.of(),
                List.of(), List.of(), phases, changes, List.of()));

        assertThat(sameCoach.value()).isEqualTo(50.0);
        assertThat(sameCoach.data()).containsEntry("episodes", 2).containsEntry("withOneCoach", 1);
        assertThat(sameCoach.data().get("coachChanges").toString()).contains(handedOver.episodeId().toString());
        assertThat(sameCoach.data().get("phasesPerCoach")).isEqualTo(Map.of(
                COACH_A.toString(), List.of("ENGAGEMENT", "VOCATIONAL_PROFILE", "JOB_SEARCH", "EMPLOYER_AGREEMENT",
                        "JOB_SUPPORT"),
                COACH_B.toString(), List.of("JOB_SUPPORT")));
        assertThat(sameCoach.score()).as("B's client reached job support, B did only that phase").isEqualTo(3);
    }

    /** LIITE 1 item 14: "Ammatillinen alkuarvio muodostetaan ensimmäisen kahden tai kolmen asiakastapaamisen aikana". */
    @Test
    void item14ProfileByTheThirdHeldMeeting() {
        EpisodeFacts inTime = episode(COACH_A, FROM, null);
        EpisodeFacts late = episode(COACH_A, FROM, null);
        EpisodeFacts missing = episode(COACH_A, FROM, null);
        EpisodeFacts notYetDue = episode(COACH_A, FROM, null);
        List<MeetingFacts> meetings = new ArrayList<>();
        for (EpisodeFacts e : List.of(inTime, late, missing)) {
            for (int i = 0; i < 4; i++) {
                meetings.add(meeting(e.episodeId(), FROM.plusDays(2 * i), true, Meeting.Location.OFFICE));
            }
        }
        meetings.add(meeting(notYetDue.episodeId(), FROM.plusDays(1), true, Meeting.Location.OFFICE));
        List<ProfileFacts> profiles = List.of(new ProfileFacts(inTime.episodeId(), FROM.plusDays(4)),
                new ProfileFacts(late.episodeId(), FROM.plusDays(5)));

        Indicator timing = item(14, new Facts(ONE_AND_A_HALF_COACHES, List.of(inTime, late, missing, notYetDue),
                List.of(), List.of(), meetings, List.of(), List.of(), profiles));

        assertThat(timing.value()).isEqualTo(33.33);
        assertThat(timing.score()).as("the reviewers score it").isNull();
        assertThat(timing.data()).containsEntry("episodes", 3).containsEntry("profileByTheThirdMeeting", 1);
        assertThat(timing.data().get("profiles").toString()).contains("status=LATE", "status=MISSING",
                "heldMeetingsBeforeProfile=2");
    }

    /** LIITE 1 item 22: "Asiakkaat saavat erityyppistä tukea työssä toimimiseen perustuen ko. työhön". */
    @Test
    void item22ShowsTheSupportEachJobHadSinceItStarted() {
        JobFacts supported = job(Job.Kind.EMPLOYMENT, FROM, "cook", "1234567-1", true);
        JobFacts alone = job(Job.Kind.EMPLOYMENT, FROM, "welder", "2345678-0", true);
        List<MeetingFacts> meetings = List.of(
                meeting(supported.episodeId(), FROM.plusDays(2), true, Meeting.Location.WORKPLACE),
                meeting(supported.episodeId(), FROM.plusDays(9), true, Meeting.Location.CAFE),
                meeting(alone.episodeId(), FROM.minusDays(2), true, Meeting.Location.OFFICE)); // before the start

        Indicator support = item(22, facts(ONE_AND_A_HALF_COACHES, List.of(), List.of(), List.of(supported, alone),
                meetings));

        assertThat(support.value()).isEqualTo(50.0);
        assertThat(support.score()).isNull();
        assertThat(support.data().get("perJob").toString()).contains("heldMeetingsSinceStart=2", "atWorkplace=1",
                "locations=[CAFE, WORKPLACE]", "heldMeetingsSinceStart=0");
    }

    /**
     * LIITE 1 item 25: "On osoitettavissa, että on käytetty ... toimintatapaa yhteyden luomiseksi asiakkaisiin" —
     * 25.2 "Työhönvalmentaja kirjaa systemaattisesti yritykset saada yhteys tapaamisista poisjääneisiin asiakkaisiin".
     */
    @Test
    void item25CountsThePracticesTheRecordsShow() {
        EpisodeFacts open = episode(COACH_A, FROM.minusMonths(1), null);
        List<MeetingFacts> meetings = List.of(
                meeting(open.episodeId(), FROM.plusDays(1), false, Meeting.Location.OFFICE,
                        Meeting.ReachMethod.PHONE, Meeting.ReachMethod.VIA_OWN_WORKER),
                meeting(open.episodeId(), FROM.plusDays(8), false, Meeting.Location.OFFICE,
                        Meeting.ReachMethod.HOME_VISIT),
                meeting(open.episodeId(), FROM.plusDays(15), true, Meeting.Location.HOME));

        Indicator engagement = item(25, facts(ONE_AND_A_HALF_COACHES, List.of(open), List.of(), List.of(), meetings));

        assertThat(engagement.data().get("practicesShown")).isEqualTo(Map.of("25.1", true, "25.2", true,
                "25.3", true, "25.4", true, "25.5", false, "25.6", false));
        assertThat(engagement.value()).isEqualTo(4.0);
        assertThat(engagement.score()).as("4 practices").isEqualTo(3);
        assertThat(engagement.data()).containsEntry("missedWithReachAttempts", 2L)
                .containsEntry("homeVisitsAndCommunityMeetings", 2L);
    }

    @Test
    void anItemWithoutDataHasNoScore() {
        List<Indicator> indicators = FidelityIndicators.compute(facts(List.of(), List.of(), List.of(), List.of(),
                List.of()), FROM, TO, TODAY);
        assertThat(indicators).extracting(Indicator::item).containsExactly(1, 3, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25);
        assertThat(indicators).allMatch(i -> i.score() == null && i.value() == null);
    }

    private static Indicator followAlong(JobFacts job, List<LocalDate> faceToFace, LocalDate from, LocalDate to) {
        List<MeetingFacts> meetings = faceToFace.stream()
                .map(d -> meeting(job.episodeId(), d, true, Meeting.Location.WORKPLACE)).toList();
        return FidelityIndicators.compute(facts(ONE_AND_A_HALF_COACHES, List.of(), List.of(), List.of(job),
                meetings), from, to, TODAY).stream().filter(i -> i.item() == 23).findFirst().orElseThrow();
    }

    private static Facts facts(List<CoachFacts> coaches, List<EpisodeFacts> episodes, List<ContactFacts> contacts,
            List<JobFacts> jobs, List<MeetingFacts> meetings) {
        return new Facts(coaches, episodes, contacts, jobs, meetings, List.of(), List.of(), List.of());
    }

    private static MeetingFacts meeting(UUID episodeId, LocalDate date, boolean held, Meeting.Location location,
            Meeting.ReachMethod... attempts) {
        return new MeetingFacts(UUID.randomUUID(), episodeId, date, held, location != Meeting.Location.REMOTE,
                location, List.of(attempts));
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
                occupation, employer, competitive, true);
    }
}
