package fi.polku.coaching.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The fidelity items that can be computed from the recorded work of a provider in a period, each with its value,
 * the score that value implies by the criterion's anchors, and the data behind it. An item without data has no
 * value and no score.
 */
public final class FidelityIndicators {

    public record CoachFacts(UUID coachId, BigDecimal fullTimeShare) {
    }

    public record EpisodeFacts(UUID episodeId, UUID clientId, UUID coachId, LocalDate startedOn, LocalDate endedOn) {
    }

    public record ContactFacts(UUID coachId, LocalDate date, boolean faceToFace, boolean basedOnPreferences,
            Collection<UUID> clientIds) {
    }

    public record JobFacts(UUID jobId, UUID episodeId, UUID clientId, Job.Kind kind, LocalDate startDate,
            LocalDate endDate, LocalDate endLearnedOn, String occupation, String employerKey, boolean competitive,
            boolean permanent) {
    }

    public record MeetingFacts(UUID meetingId, UUID episodeId, LocalDate date, boolean held, boolean faceToFace,
            Meeting.Location location, List<Meeting.ReachMethod> reachMethods) {

        boolean inCommunity() {
            return location.inCommunity();
        }
    }

    /** The episode entered the phase on that day (the first entry is the start of coaching). */
    public record PhaseFacts(UUID episodeId, Phase phase, LocalDate on) {
    }

    public record CoachChangeFacts(UUID episodeId, UUID fromCoachId, UUID toCoachId, LocalDate on) {
    }

    /** The day the episode's vocational profile was first written. */
    public record ProfileFacts(UUID episodeId, LocalDate firstWrittenOn) {
    }

    public record Facts(List<CoachFacts> coaches, List<EpisodeFacts> episodes, List<ContactFacts> contacts,
            List<JobFacts> jobs, List<MeetingFacts> meetings, List<PhaseFacts> phases,
            List<CoachChangeFacts> coachChanges, List<ProfileFacts> profiles) {
    }

    public record Indicator(int item, String criterion, Double value, String unit, Integer score,
            Map<String, Object> data) {
    }

    private FidelityIndicators() {
    }

    public static List<Indicator> compute(Facts facts, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate until = to.isAfter(today) ? today : to;
        List<JobFacts> employment = facts.jobs().stream()
                .filter(j -> j.kind() == Job.Kind.EMPLOYMENT && within(j.startDate(), from, to)).toList();
        return List.of(caseload(facts, until), FidelityProcessIndicators.sameCoach(facts, from, to),
                FidelityProcessIndicators.profileTiming(facts, from, to, until), rapidJobSearch(facts, from, to, until),
                individualisedSearch(facts, from, to), employerContacts(facts, from, to),
                jobDiversity(employment), employerDiversity(employment), competitiveJobs(employment),
                FidelityProcessIndicators.individualisedSupport(facts, employment, until),
                followAlong(facts, employment, until), communityBased(facts, from, to),
                FidelityProcessIndicators.engagement(facts, from, to));
    }

    static Indicator caseload(Facts facts, LocalDate on) {
        List<EpisodeFacts> active = facts.episodes().stream()
                .filter(e -> e.startedOn() != null && !e.startedOn().isAfter(on)
                        && (e.endedOn() == null || e.endedOn().isAfter(on)))
                .toList();
        double fte = facts.coaches().stream().mapToDouble(c -> c.fullTimeShare().doubleValue()).sum();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("on", on.toString());
        data.put("activeClients", active.size());
        data.put("fullTimeEquivalents", round(fte));
        data.put("clientsPerCoach", active.stream().collect(Collectors.groupingBy(e -> e.coachId().toString(),
                LinkedHashMap::new, Collectors.counting())));
        Double value = fte == 0 ? null : round(active.size() / fte);
        return new Indicator(1, "Caseload: clients per full-time coach", value, "clients per full-time coach",
                value == null ? null : FidelityAnchors.caseload(value), data);
    }

    /** Clients still without a face-to-face employer contact count with the days elapsed so far: a lower bound. */
    static Indicator rapidJobSearch(Facts facts, LocalDate from, LocalDate to, LocalDate until) {
        List<EpisodeFacts> started = facts.episodes().stream()
                .filter(e -> e.startedOn() != null && within(e.startedOn(), from, to)).toList();
        List<Long> days = new ArrayList<>();
        int withContact = 0;
        for (EpisodeFacts episode : started) {
            LocalDate first = facts.contacts().stream()
                    .filter(c -> c.faceToFace() && c.clientIds().contains(episode.clientId())
                            && !c.date().isBefore(episode.startedOn()))
                    .map(ContactFacts::date).min(LocalDate::compareTo).orElse(null);
            if (first != null) {
                withContact++;
                days.add(ChronoUnit.DAYS.between(episode.startedOn(), first));
            } else {
                days.add(Math.max(0, ChronoUnit.DAYS.between(episode.startedOn(), until)));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("episodesStarted", started.size());
        data.put("withFaceToFaceEmployerContact", withContact);
        data.put("withoutContactCountedWithDaysSoFar", started.size() - withContact);
        data.put("days", days);
        Double value = days.isEmpty() ? null : round(days.stream().mapToLong(Long::longValue).average().orElse(0));
        return new Indicator(15, "Rapid job search: days from start to the first face-to-face employer contact",
                value, "days on average", value == null ? null : FidelityAnchors.daysToFirstEmployerContact(value),
                data);
    }

    static Indicator individualisedSearch(Facts facts, LocalDate from, LocalDate to) {
        List<ContactFacts> contacts = facts.contacts().stream().filter(c -> within(c.date(), from, to)).toList();
        long preferred = contacts.stream().filter(ContactFacts::basedOnPreferences).count();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("employerContacts", contacts.size());
        data.put("basedOnClientPreferences", preferred);
        Double value = percent(preferred, contacts.size());
        return new Indicator(16, "Individualised job search: employer contacts based on client preferences", value,
                "%", value == null ? null : FidelityAnchors.preferenceBasedContacts(value), data);
    }

    /**
     * Item 17 per coach: "Jokainen työhönvalmentaja toteuttaa viikoittain ainakin 6 kasvokkaista tapaamista
     * työnantajien kanssa työnhakija-asiakkaidensa työllistymisen edistämiseksi ... Huom: Tässä huomioidaan ainoastaan
     * tapaamiset, jotka koskevat työnhakuvaiheessa olevia asiakkaita." A contact counts when one of its clients was
     * in the job search (or negotiating with an employer, {@link #seekingWork}) on its day. A coach's weekly rate is per
     * full-time share; coaches with no client seeking work in the period are not scored. The item's value is the
     * coaches' average rate and its score the coaches' scores averaged, rounded down.
     */
    static Indicator employerContacts(Facts facts, LocalDate from, LocalDate to) {
        double weeks = (ChronoUnit.DAYS.between(from, to) + 1) / 7.0;
        List<ContactFacts> counted = facts.contacts().stream()
                .filter(c -> c.faceToFace() && within(c.date(), from, to)
                        && c.clientIds().stream().anyMatch(client -> seekingWorkOn(facts, client, c.date())))
                .toList();
        List<Map<String, Object>> perCoach = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (CoachFacts coach : facts.coaches()) {
            long jobSeekers = facts.episodes().stream()
                    .filter(e -> coach.coachId().equals(e.coachId()) && seekingWorkDuring(facts, e, from, to))
                    .map(EpisodeFacts::clientId).distinct().count();
            long contacts = counted.stream().filter(c -> coach.coachId().equals(c.coachId())).count();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("coachId", coach.coachId().toString());
            row.put("fullTimeShare", round(coach.fullTimeShare().doubleValue()));
            row.put("jobSeekingClients", jobSeekers);
            row.put("faceToFaceContactsAboutJobSeekers", contacts);
            if (jobSeekers > 0 && coach.fullTimeShare().signum() > 0) {
                double perWeek = contacts / weeks;
                double perFullTimeWeek = round(perWeek / coach.fullTimeShare().doubleValue());
                int score = FidelityAnchors.employerContactsOfCoach(perFullTimeWeek, perWeek, (int) jobSeekers);
                row.put("perWeek", round(perWeek));
                row.put("perFullTimeWeek", perFullTimeWeek);
                row.put("smallCaseloadTarget", jobSeekers < FidelityAnchors.SMALL_JOB_SEEKER_CASELOAD
                        ? 2 * jobSeekers : null);
                row.put("score", score);
                rates.add(perFullTimeWeek);
                scores.add(score);
            }
            perCoach.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("weeks", round(weeks));
        data.put("faceToFaceContactsAboutJobSeekers", counted.size());
        data.put("coaches", perCoach);
        data.put("rule", "contacts about clients in JOB_SEARCH or EMPLOYER_AGREEMENT on the contact's day; a coach"
                + " with fewer than 3 job-seeking clients scores 5 with at least 2 contacts a week per job seeker");
        Double value = rates.isEmpty() ? null : round(rates.stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow());
        Integer score = scores.isEmpty() ? null
                : (int) Math.floor(scores.stream().mapToInt(Integer::intValue).average().orElseThrow());
        return new Indicator(17, "Employer contacts: face-to-face employer meetings about job-seeking clients per"
                + " coach per week", value, "per full-time coach per week", score, data);
    }

    /** The job search of the five phases includes negotiating the job with an employer: the client still seeks work. */
    static boolean seekingWork(Phase phase) {
        return phase == Phase.JOB_SEARCH || phase == Phase.EMPLOYER_AGREEMENT;
    }

    static Phase phaseOn(Facts facts, UUID episodeId, LocalDate day) {
        Phase phase = null;
        for (PhaseFacts change : facts.phases()) {
            if (change.episodeId().equals(episodeId) && !change.on().isAfter(day)) {
                phase = change.phase();
            }
        }
        return phase;
    }

    private static boolean seekingWorkOn(Facts facts, UUID clientId, LocalDate day) {
        return facts.episodes().stream().filter(e -> e.clientId().equals(clientId))
                .anyMatch(e -> seekingWork(phaseOn(facts, e.episodeId(), day)));
    }

    private static boolean seekingWorkDuring(Facts facts, EpisodeFacts episode, LocalDate from, LocalDate to) {
        if (seekingWork(phaseOn(facts, episode.episodeId(), from))) {
            return true;
        }
        return facts.phases().stream().anyMatch(p -> p.episodeId().equals(episode.episodeId())
                && seekingWork(p.phase()) && within(p.on(), from, to));
    }

    static Indicator jobDiversity(List<JobFacts> jobs) {
        long distinct = jobs.stream().map(j -> j.occupation().strip().toLowerCase()).distinct().count();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobs", jobs.size());
        data.put("differentOccupations", distinct);
        Double value = percent(distinct, jobs.size());
        return new Indicator(19, "Job diversity: share of jobs of different types", value, "%",
                value == null ? null : FidelityAnchors.diversity(value), data);
    }

    static Indicator employerDiversity(List<JobFacts> jobs) {
        long distinct = jobs.stream().map(JobFacts::employerKey).distinct().count();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobs", jobs.size());
        data.put("differentEmployers", distinct);
        Double value = percent(distinct, jobs.size());
        return new Indicator(20, "Employer diversity: share of jobs with different employers", value, "%",
                value == null ? null : FidelityAnchors.diversity(value), data);
    }

    static Indicator competitiveJobs(List<JobFacts> jobs) {
        long competitive = jobs.stream().filter(JobFacts::competitive).count();
        long permanent = jobs.stream().filter(j -> j.competitive() && j.permanent()).count();
        int employedClients = (int) jobs.stream().map(JobFacts::clientId).distinct().count();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobs", jobs.size());
        data.put("competitive", competitive);
        data.put("permanentCompetitive", permanent);
        data.put("employedClients", employedClients);
        data.put("rule", "competitive = open labour market at least at the collective agreement's wage (as reporting"
                + " counts it); the score counts the permanent ones; fewer than 10 employed clients scores 1");
        Double value = percent(permanent, jobs.size());
        return new Indicator(21, "Competitive jobs: share of permanent open-labour-market jobs", value, "%",
                value == null ? null : FidelityAnchors.competitiveJobs(value, employedClients), data);
    }

    static Indicator followAlong(Facts facts, List<JobFacts> employment, LocalDate until) {
        Map<FollowAlongSchedule.Kind, int[]> byKind = new LinkedHashMap<>();
        int clientsFourMonthsIn = 0;
        int metAfterFourMonths = 0;
        boolean anyAfterFirstMonth = false;
        for (JobFacts job : employment) {
            List<FollowAlongSchedule.HeldMeeting> held = facts.meetings().stream()
                    .filter(m -> m.episodeId().equals(job.episodeId()) && m.held())
                    .map(m -> new FollowAlongSchedule.HeldMeeting(m.date(), m.faceToFace())).toList();
            FollowAlongSchedule.statuses(List.of(new FollowAlongSchedule.JobDates(job.jobId(), job.startDate(),
                    job.endDate(), job.endLearnedOn())), held, until).stream()
                    .filter(s -> !s.contact().dueDate().isAfter(until))
                    .forEach(s -> {
                        int[] counts = byKind.computeIfAbsent(s.contact().kind(), k -> new int[2]);
                        counts[0]++;
                        if (s.status() == FollowAlongSchedule.Status.DONE) {
                            counts[1]++;
                        }
                    });
            LocalDate fourMonths = job.startDate().plusMonths(4);
            if (!fourMonths.isAfter(until)) {
                clientsFourMonthsIn++;
                if (held.stream().anyMatch(m -> m.faceToFace() && !m.date().isBefore(fourMonths))) {
                    metAfterFourMonths++;
                }
            }
            LocalDate oneMonth = job.startDate().plusMonths(1);
            anyAfterFirstMonth |= held.stream().anyMatch(m -> m.faceToFace() && m.date().isAfter(oneMonth));
        }
        int due = byKind.values().stream().mapToInt(c -> c[0]).sum();
        int done = byKind.values().stream().mapToInt(c -> c[1]).sum();
        boolean allKept = due > 0 && due == done;
        boolean weeklyAndMonthlyKept = kept(byKind, Set.of(FollowAlongSchedule.Kind.WEEKLY,
                FollowAlongSchedule.Kind.MONTHLY));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobs", employment.size());
        data.put("contactsDue", due);
        data.put("contactsDone", done);
        Map<String, Object> kinds = new LinkedHashMap<>();
        byKind.forEach((kind, c) -> kinds.put(kind.name(), Map.of("due", c[0], "done", c[1])));
        data.put("byKind", kinds);
        data.put("clientsFourMonthsIntoJob", clientsFourMonthsIn);
        data.put("metFaceToFaceAfterFourMonths", metAfterFourMonths);
        Double value = percent(done, due);
        Integer score = value == null ? null : FidelityAnchors.timeUnlimitedSupport(allKept, weeklyAndMonthlyKept,
                clientsFourMonthsIn, metAfterFourMonths, anyAfterFirstMonth);
        return new Indicator(23, "Time-unlimited support: follow-along contacts kept", value, "%", score, data);
    }

    static Indicator communityBased(Facts facts, LocalDate from, LocalDate to) {
        List<MeetingFacts> held = facts.meetings().stream().filter(m -> m.held() && within(m.date(), from, to))
                .toList();
        long community = held.stream().filter(MeetingFacts::inCommunity).count();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("meetingsHeld", held.size());
        data.put("inCommunity", community);
        data.put("measure", "share of held meetings in the community, as a proxy of the share of working time");
        Double value = percent(community, held.size());
        return new Indicator(24, "Community-based services: share of meetings in the community", value, "%",
                value == null ? null : FidelityAnchors.communityBased(value), data);
    }

    private static boolean kept(Map<FollowAlongSchedule.Kind, int[]> byKind, Set<FollowAlongSchedule.Kind> kinds) {
        List<int[]> counts = kinds.stream().map(byKind::get).filter(Objects::nonNull).toList();
        return !counts.isEmpty() && counts.stream().allMatch(c -> c[0] == c[1]);
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
