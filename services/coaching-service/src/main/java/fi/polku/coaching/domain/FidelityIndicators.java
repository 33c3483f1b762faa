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
            LocalDate endDate, LocalDate endLearnedOn, String occupation, String employerKey, boolean competitive) {
    }

    public record MeetingFacts(UUID episodeId, LocalDate date, boolean held, boolean faceToFace,
            boolean inCommunity) {
    }

    public record Facts(List<CoachFacts> coaches, List<EpisodeFacts> episodes, List<ContactFacts> contacts,
            List<JobFacts> jobs, List<MeetingFacts> meetings) {
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
        return List.of(caseload(facts, until), rapidJobSearch(facts, from, to, until),
                individualisedSearch(facts, from, to), employerContacts(facts, from, to),
                jobDiversity(employment), employerDiversity(employment), competitiveJobs(employment),
                followAlong(facts, employment, until), communityBased(facts, from, to));
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

    static Indicator employerContacts(Facts facts, LocalDate from, LocalDate to) {
        double weeks = (ChronoUnit.DAYS.between(from, to) + 1) / 7.0;
        double fte = facts.coaches().stream().mapToDouble(c -> c.fullTimeShare().doubleValue()).sum();
        List<ContactFacts> faceToFace = facts.contacts().stream()
                .filter(c -> c.faceToFace() && within(c.date(), from, to)).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("faceToFaceEmployerContacts", faceToFace.size());
        data.put("weeks", round(weeks));
        data.put("fullTimeEquivalents", round(fte));
        data.put("contactsPerCoach", faceToFace.stream().collect(Collectors.groupingBy(
                c -> c.coachId().toString(), LinkedHashMap::new, Collectors.counting())));
        Double value = fte == 0 ? null : round(faceToFace.size() / (fte * weeks));
        return new Indicator(17, "Employer contacts: face-to-face employer meetings per full-time coach per week",
                value, "per coach per week", value == null ? null : FidelityAnchors.employerContactsPerWeek(value),
                data);
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
        int employedClients = (int) jobs.stream().map(JobFacts::clientId).distinct().count();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobs", jobs.size());
        data.put("competitive", competitive);
        data.put("employedClients", employedClients);
        data.put("rule", "competitive = open labour market, permanent, at least the collective agreement's wage;"
                + " fewer than 10 employed clients scores 1");
        Double value = percent(competitive, jobs.size());
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

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
