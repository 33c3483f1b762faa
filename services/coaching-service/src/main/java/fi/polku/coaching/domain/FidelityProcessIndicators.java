package fi.polku.coaching.domain;

import static fi.polku.coaching.domain.FidelityIndicators.percent;
import static fi.polku.coaching.domain.FidelityIndicators.phaseOn;
import static fi.polku.coaching.domain.FidelityIndicators.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import fi.polku.coaching.domain.FidelityIndicators.CoachChangeFacts;
import fi.polku.coaching.domain.FidelityIndicators.EpisodeFacts;
import fi.polku.coaching.domain.FidelityIndicators.Facts;
import fi.polku.coaching.domain.FidelityIndicators.Indicator;
import fi.polku.coaching.domain.FidelityIndicators.JobFacts;
import fi.polku.coaching.domain.FidelityIndicators.MeetingFacts;
import fi.polku.coaching.domain.FidelityIndicators.PhaseFacts;
import fi.polku.coaching.domain.FidelityIndicators.ProfileFacts;

/**
 * The fidelity items about how coaching is done (3, 14, 22, 25), computed from the phase and coach-change history,
 * the profile and the meetings, each with the records it rests on so that the reviewers start from evidence. Where
 * the anchors ask for a judgement the records cannot give (items 14 and 22), the score is left to the reviewers.
 */
final class FidelityProcessIndicators {

    static final String REVIEWERS_SCORE = "the anchors describe the kind of work: the reviewers score it from"
            + " this evidence";

    private FidelityProcessIndicators() {
    }

    /**
     * Item 3: "Jokainen työhönvalmentaja toteuttaa kaikkia työhönvalmennuksen vaiheita". The phases each coach worked
     * (the phases their clients entered while with them, and the phase an episode was in when it came to them); the
     * score is the lowest of the coaches whose clients reached job support, so it waits until someone has.
     */
    static Indicator sameCoach(Facts facts, LocalDate from, LocalDate to) {
        List<EpisodeFacts> episodes = inCoaching(facts, from, to);
        Map<UUID, Set<Phase>> phasesOfCoach = new TreeMap<>();
        List<Map<String, Object>> changes = new ArrayList<>();
        int withOneCoach = 0;
        for (EpisodeFacts episode : episodes) {
            List<CoachChangeFacts> ofEpisode = facts.coachChanges().stream()
                    .filter(c -> c.episodeId().equals(episode.episodeId()) && !c.on().isAfter(to))
                    .sorted(Comparator.comparing(CoachChangeFacts::on)).toList();
            if (ofEpisode.isEmpty()) {
                withOneCoach++;
            }
            for (PhaseFacts phase : phasesOf(facts, episode, to)) {
                UUID coach = coachOn(episode, ofEpisode, phase.on());
                phasesOfCoach.computeIfAbsent(coach, c -> EnumSet.noneOf(Phase.class)).add(phase.phase());
            }
            for (CoachChangeFacts change : ofEpisode) {
                Phase then = phaseOn(facts, episode.episodeId(), change.on());
                if (then != null) {
                    phasesOfCoach.computeIfAbsent(change.toCoachId(), c -> EnumSet.noneOf(Phase.class)).add(then);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("episodeId", change.episodeId().toString());
                row.put("fromCoachId", change.fromCoachId() == null ? null : change.fromCoachId().toString());
                row.put("toCoachId", change.toCoachId().toString());
                row.put("on", change.on().toString());
                changes.add(row);
            }
        }
        Map<String, Object> phases = new LinkedHashMap<>();
        phasesOfCoach.forEach((coach, done) -> phases.put(coach.toString(), done.stream().map(Enum::name).toList()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("episodes", episodes.size());
        data.put("withOneCoach", withOneCoach);
        data.put("coachChanges", changes);
        data.put("phasesPerCoach", phases);
        Double value = percent(withOneCoach, episodes.size());
        Integer score = phasesOfCoach.values().stream().filter(done -> done.contains(Phase.JOB_SUPPORT))
                .map(done -> FidelityAnchors.phasesDoneByTheCoach(done.size())).min(Integer::compare).orElse(null);
        return new Indicator(3, "Same coach through the phases: episodes kept by one coach", value, "%", score,
                data);
    }

    /**
     * Item 14: "Ammatillinen alkuarvio muodostetaan ensimmäisen kahden tai kolmen asiakastapaamisen aikana" — the
     * profile written by the third held meeting ({@link CoachingDeadlines#profileDueBy}); an episode counts once its
     * profile is written or its third meeting held.
     */
    static Indicator profileTiming(Facts facts, LocalDate from, LocalDate to, LocalDate until) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int onTime = 0;
        for (EpisodeFacts episode : inCoaching(facts, from, to)) {
            List<LocalDate> held = facts.meetings().stream()
                    .filter(m -> m.episodeId().equals(episode.episodeId()) && m.held() && !m.date().isAfter(until))
                    .map(MeetingFacts::date).sorted().toList();
            Optional<LocalDate> due = CoachingDeadlines.profileDueBy(held);
            LocalDate written = facts.profiles().stream().filter(p -> p.episodeId().equals(episode.episodeId()))
                    .map(ProfileFacts::firstWrittenOn).filter(d -> !d.isAfter(until)).findFirst().orElse(null);
            if (written == null && due.isEmpty()) {
                continue;
            }
            boolean inTime = written != null && (due.isEmpty() || !written.isAfter(due.get()));
            if (inTime) {
                onTime++;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("episodeId", episode.episodeId().toString());
            row.put("profileWrittenOn", written == null ? null : written.toString());
            row.put("heldMeetingsBeforeProfile", written == null ? held.size()
                    : held.stream().filter(d -> d.isBefore(written)).count());
            row.put("thirdHeldMeetingOn", due.map(LocalDate::toString).orElse(null));
            row.put("status", inTime ? "IN_TIME" : written == null ? "MISSING" : "LATE");
            rows.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("episodes", rows.size());
        data.put("profileByTheThirdMeeting", onTime);
        data.put("profiles", rows);
        data.put("scoring", REVIEWERS_SCORE);
        return new Indicator(14, "Vocational profile within the first 2-3 meetings", percent(onTime, rows.size()),
                "%", null, data);
    }

    /**
     * Item 22: "Asiakkaat saavat erityyppistä tukea työssä toimimiseen perustuen ko. työhön" — for each job of the
     * period, the held meetings since it started and where they were held (the workplace among them).
     */
    static Indicator individualisedSupport(Facts facts, List<JobFacts> employment, LocalDate until) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int supported = 0;
        for (JobFacts job : employment) {
            LocalDate last = job.endDate() == null || job.endDate().isAfter(until) ? until : job.endDate();
            List<MeetingFacts> since = facts.meetings().stream()
                    .filter(m -> m.episodeId().equals(job.episodeId()) && m.held()
                            && within(m.date(), job.startDate(), last))
                    .toList();
            if (!since.isEmpty()) {
                supported++;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("jobId", job.jobId().toString());
            row.put("startDate", job.startDate().toString());
            row.put("heldMeetingsSinceStart", since.size());
            row.put("faceToFace", since.stream().filter(MeetingFacts::faceToFace).count());
            row.put("atWorkplace", since.stream().filter(m -> m.location() == Meeting.Location.WORKPLACE).count());
            row.put("locations", since.stream().map(m -> m.location().name()).distinct().sorted().toList());
            rows.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobs", employment.size());
        data.put("supportedAfterStart", supported);
        data.put("perJob", rows);
        data.put("scoring", REVIEWERS_SCORE);
        return new Indicator(22, "Individualised follow-along support: jobs with support after the start",
                percent(supported, employment.size()), "%", null, data);
    }

    /**
     * Item 25: the six practices of engagement the records can show — 25.1 a missed meeting did not end the service,
     * 25.2 every missed meeting has its attempts to reach the client, 25.3 the own worker tried too, 25.4 home visits
     * or meetings in the community, 25.6 the family; 25.5 (joint meetings with other professionals) is not recorded,
     * so the score is a lower bound the reviewers may raise.
     */
    static Indicator engagement(Facts facts, LocalDate from, LocalDate to) {
        List<MeetingFacts> meetings = facts.meetings().stream().filter(m -> within(m.date(), from, to)).toList();
        List<MeetingFacts> missed = meetings.stream().filter(m -> !m.held()).toList();
        long continued = missed.stream().filter(m -> serviceContinuedAfter(facts, m)).count();
        long withAttempts = missed.stream().filter(m -> !m.reachMethods().isEmpty()).count();
        long viaOwnWorker = attempts(meetings, Meeting.ReachMethod.VIA_OWN_WORKER);
        long viaFamily = attempts(meetings, Meeting.ReachMethod.VIA_FAMILY);
        long visits = attempts(meetings, Meeting.ReachMethod.HOME_VISIT)
                + meetings.stream().filter(m -> m.held() && m.inCommunity()).count();
        Map<String, Boolean> shown = new LinkedHashMap<>();
        shown.put("25.1", !missed.isEmpty() && continued == missed.size());
        shown.put("25.2", !missed.isEmpty() && withAttempts == missed.size());
        shown.put("25.3", viaOwnWorker > 0);
        shown.put("25.4", visits > 0);
        shown.put("25.5", false);
        shown.put("25.6", viaFamily > 0);
        int count = (int) shown.values().stream().filter(Boolean::booleanValue).count();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("meetings", meetings.size());
        data.put("missedMeetings", missed.size());
        data.put("missedWithServiceContinuing", continued);
        data.put("missedWithReachAttempts", withAttempts);
        data.put("attemptsViaOwnWorker", viaOwnWorker);
        data.put("homeVisitsAndCommunityMeetings", visits);
        data.put("attemptsViaFamily", viaFamily);
        data.put("practicesShown", shown);
        data.put("notInRecords", List.of("25.5"));
        return new Indicator(25, "Engagement: practices of the six the records show", meetings.isEmpty() ? null
                : (double) count, "practices", meetings.isEmpty() ? null : FidelityAnchors.engagementPractices(count),
                data);
    }

    private static boolean serviceContinuedAfter(Facts facts, MeetingFacts missed) {
        boolean open = facts.episodes().stream().filter(e -> e.episodeId().equals(missed.episodeId()))
                .anyMatch(e -> e.endedOn() == null);
        return open || facts.meetings().stream().anyMatch(m -> m.episodeId().equals(missed.episodeId()) && m.held()
                && m.date().isAfter(missed.date()));
    }

    private static long attempts(List<MeetingFacts> meetings, Meeting.ReachMethod method) {
        return meetings.stream().flatMap(m -> m.reachMethods().stream()).filter(method::equals).count();
    }

    private static List<EpisodeFacts> inCoaching(Facts facts, LocalDate from, LocalDate to) {
        return facts.episodes().stream().filter(e -> e.startedOn() != null && !e.startedOn().isAfter(to)
                && (e.endedOn() == null || !e.endedOn().isBefore(from))).toList();
    }

    private static List<PhaseFacts> phasesOf(Facts facts, EpisodeFacts episode, LocalDate to) {
        return facts.phases().stream().filter(p -> p.episodeId().equals(episode.episodeId()) && !p.on().isAfter(to))
                .toList();
    }

    private static UUID coachOn(EpisodeFacts episode, List<CoachChangeFacts> changes, LocalDate day) {
        UUID coach = changes.isEmpty() || changes.get(0).fromCoachId() == null ? episode.coachId()
                : changes.get(0).fromCoachId();
        for (CoachChangeFacts change : changes) {
            if (!change.on().isAfter(day)) {
                coach = change.toCoachId();
            }
        }
        return coach;
    }
}
