package fi.polku.reporting.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.platform.gaps.GapRule;
import fi.polku.platform.servicemap.ServicePlace;

/**
 * How clients move through the package: the funnel, the time from registration to each step, how often they are
 * handed over (the ping-pong index), the clients who have fallen into a gap now and where on the service map the
 * open clientships are now.
 */
@Schema(description = "Funnel, time to each step, ping-pong index, gaps and where the clients are now")
public record FlowReport(
        List<FunnelStep> funnel,
        List<StageTime> timeFromRegistration,
        CountList daysToCaseOwner,
        CountList pingPongIndex,
        @Schema(nullable = true, description = "Mean ping-pong index; null below five clients") Double meanPingPongIndex,
        CountList gaps,
        @Schema(description = "The open clientships by their place on the service map now, every place in the map's "
                + "order; clients whose place case-owner has not told (events from before ClientPlaceChanged) are "
                + "left out") List<PlaceNow> whereNow,
        OffsetDateTime asOf) implements CsvReport {

    /** Days after which a coaching referral that has not led to a coaching start is a gap. */
    public static final int REFERRAL_GAP_DAYS = 30;

    @Schema(description = "Clients who have reached a step of the package")
    public record FunnelStep(String step, SuppressedCount clients) {
    }

    @Schema(description = "Days from registration to a step, over the clients who have reached it")
    public record StageTime(String stage, SuppressedCount clients,
            @Schema(nullable = true, description = "Median days; null below five clients") Double medianDays,
            @Schema(nullable = true, description = "90th percentile days (nearest rank); null below five clients") Double p90Days) {
    }

    @Schema(description = "Open clientships in a place of the service map, and the days since they came there "
            + "up to the report's day")
    public record PlaceNow(ServicePlace place, SuppressedCount clients,
            @Schema(nullable = true, description = "Median days there; null below five clients") Double medianDaysThere,
            @Schema(nullable = true, description = "90th percentile days there (nearest rank); null below five clients")
            Double p90DaysThere) {
    }

    public static FlowReport of(List<ClientPath> clients, OffsetDateTime asOf) {
        List<FunnelStep> funnel = funnel(clients);
        LocalDate today = Periods.day(asOf);
        return new FlowReport(funnel, stageTimes(clients, funnel), daysToCaseOwner(clients), pingPong(clients),
                Percentiles.mean(clients.stream().map(c -> (double) c.pingPongIndex()).toList()),
                gaps(clients, today, asOf), whereNow(clients, today), asOf);
    }

    /**
     * Clients who have reached each step. The difference between two steps is nearly always a count of clients
     * itself (those who have not gone on), so a step is withheld ("..") when its difference from the last shown
     * step would be 1-4.
     */
    static List<FunnelStep> funnel(List<ClientPath> clients) {
        Map<String, Predicate<ClientPath>> steps = new LinkedHashMap<>();
        steps.put("registered", c -> true);
        steps.put("caseOwner", c -> c.caseOwnerAssignedAt() != null);
        steps.put("screening", c -> c.firstScreeningAt() != null);
        steps.put("teamAssessment", c -> c.firstAssessmentAt() != null);
        steps.put("coachingStart", c -> c.firstCoachingAt() != null);
        steps.put("employedOpenLabourMarket", ClientPath::employedOpenLabourMarket);
        List<FunnelStep> funnel = new ArrayList<>();
        Long lastShown = null;
        for (Map.Entry<String, Predicate<ClientPath>> step : steps.entrySet()) {
            long count = clients.stream().filter(step.getValue()).count();
            SuppressedCount shown = SuppressedCount.of(count);
            if (!shown.suppressed() && lastShown != null && SuppressedCount.isSmall(lastShown - count)) {
                shown = SuppressedCount.complementary();
            }
            if (!shown.suppressed()) {
                lastShown = count;
            }
            funnel.add(new FunnelStep(step.getKey(), shown));
        }
        return funnel;
    }

    /** The clients of each stage are those of the funnel step of the same name, shown as the funnel shows them. */
    static List<StageTime> stageTimes(List<ClientPath> clients, List<FunnelStep> funnel) {
        Map<String, Function<ClientPath, OffsetDateTime>> stages = new LinkedHashMap<>();
        stages.put("caseOwner", ClientPath::caseOwnerAssignedAt);
        stages.put("screening", ClientPath::firstScreeningAt);
        stages.put("teamAssessment", ClientPath::firstAssessmentAt);
        stages.put("coachingStart", ClientPath::firstCoachingAt);
        List<StageTime> times = new ArrayList<>();
        stages.forEach((stage, reached) -> {
            List<Double> days = clients.stream().map(c -> days(c.registeredAt(), reached.apply(c)))
                    .flatMap(Optional::stream).toList();
            SuppressedCount reachedCount = funnel.stream().filter(step -> step.step().equals(stage)).findFirst()
                    .orElseThrow().clients();
            times.add(new StageTime(stage, reachedCount, Percentiles.of(days, 50),
                    Percentiles.of(days, 90)));
        });
        return times;
    }

    static CountList daysToCaseOwner(List<ClientPath> clients) {
        Map<String, Long> buckets = new LinkedHashMap<>();
        for (String bucket : List.of("0-1", "2-3", "4-7", "8-14", "15-30", "31+")) {
            buckets.put(bucket, 0L);
        }
        clients.stream().map(c -> days(c.registeredAt(), c.caseOwnerAssignedAt())).flatMap(Optional::stream)
                .forEach(days -> buckets.merge(dayBucket(days), 1L, Long::sum));
        return CountList.of("daysToCaseOwner", buckets);
    }

    private static String dayBucket(double days) {
        if (days < 2) {
            return "0-1";
        }
        if (days < 4) {
            return "2-3";
        }
        if (days < 8) {
            return "4-7";
        }
        if (days < 15) {
            return "8-14";
        }
        return days < 31 ? "15-30" : "31+";
    }

    static CountList pingPong(List<ClientPath> clients) {
        Map<String, Long> buckets = new LinkedHashMap<>();
        for (String bucket : List.of("0", "1", "2", "3+")) {
            buckets.put(bucket, 0L);
        }
        clients.forEach(c -> buckets.merge(c.pingPongIndex() >= 3 ? "3+" : Integer.toString(c.pingPongIndex()),
                1L, Long::sum));
        return CountList.of("caseOwnerChangesAndServiceTransfers", buckets);
    }

    /** The gaps the flow report counts, in the order it lists them. */
    static final List<GapRule> REPORTED_GAPS = List.of(GapRule.NO_CASE_OWNER, GapRule.COACHING_REFERRAL_NOT_STARTED,
            GapRule.ASSESSMENT_NOT_ATTENDED, GapRule.FOLLOW_UP_OVERDUE);

    /**
     * Clients who have fallen into a gap now, by the gap vocabulary the case-owner service's gap watch uses too
     * ({@link GapRule}), each counted once under the first gap that applies: an open clientship with no case owner; a
     * coaching referral more than {@value #REFERRAL_GAP_DAYS} days old with no coaching started since; did not attend
     * their latest team assessment; or, closed, the follow-up contact is past its due date.
     */
    static CountList gaps(List<ClientPath> clients, LocalDate today, OffsetDateTime now) {
        Map<String, Long> gaps = new LinkedHashMap<>();
        for (GapRule gap : REPORTED_GAPS) {
            gaps.put(gap.name(), 0L);
        }
        for (ClientPath c : clients) {
            gap(c, today, now).ifPresent(gap -> gaps.merge(gap.name(), 1L, Long::sum));
        }
        return CountList.of("gap", gaps);
    }

    private static Optional<GapRule> gap(ClientPath c, LocalDate today, OffsetDateTime now) {
        if (!c.open()) {
            return c.followUpDue() != null && c.followUpDue().isBefore(today)
                    ? Optional.of(GapRule.FOLLOW_UP_OVERDUE) : Optional.empty();
        }
        if (!c.hasCaseOwner()) {
            return Optional.of(GapRule.NO_CASE_OWNER);
        }
        if (c.coachingReferredAt() != null && c.coachingReferredAt().plusDays(REFERRAL_GAP_DAYS).isBefore(now)
                && (c.latestCoachingAt() == null || c.latestCoachingAt().isBefore(c.coachingReferredAt()))) {
            return Optional.of(GapRule.COACHING_REFERRAL_NOT_STARTED);
        }
        return c.missedLatestAssessment() ? Optional.of(GapRule.ASSESSMENT_NOT_ATTENDED) : Optional.empty();
    }

    /**
     * The open clientships per place, every place of the map in its order; a client with no place yet is left out,
     * and a place dated after today (an entry made ahead) counts as 0 days there.
     */
    static List<PlaceNow> whereNow(List<ClientPath> clients, LocalDate today) {
        Map<String, List<Double>> daysThere = clients.stream().filter(c -> c.open() && c.place() != null)
                .collect(Collectors.groupingBy(ClientPath::place, Collectors.mapping(
                        c -> (double) Math.max(0, ChronoUnit.DAYS.between(c.placeSince(), today)),
                        Collectors.toList())));
        return Arrays.stream(ServicePlace.values()).map(place -> {
            List<Double> days = daysThere.getOrDefault(place.name(), List.of());
            return new PlaceNow(place, SuppressedCount.of(days.size()), Percentiles.of(days, 50),
                    Percentiles.of(days, 90));
        }).toList();
    }

    /** Days between two times; a step recorded before the registration (a late registration) counts as 0 days. */
    private static Optional<Double> days(OffsetDateTime from, OffsetDateTime to) {
        if (from == null || to == null) {
            return Optional.empty();
        }
        return Optional.of(Math.max(0, Duration.between(from, to).toMinutes()) / 1440.0);
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> lines = new ArrayList<>();
        funnel.forEach(step -> lines.add(List.of("funnel", step.step(), "clients", step.clients().display())));
        timeFromRegistration.forEach(time -> {
            lines.add(List.of("timeFromRegistration", time.stage(), "clients", time.clients().display()));
            lines.add(List.of("timeFromRegistration", time.stage(), "medianDays", text(time.medianDays())));
            lines.add(List.of("timeFromRegistration", time.stage(), "p90Days", text(time.p90Days())));
        });
        lines.addAll(daysToCaseOwner.csvRows("daysToCaseOwner"));
        lines.addAll(pingPongIndex.csvRows("pingPongIndex"));
        lines.add(List.of("pingPongIndex", "mean", "", text(meanPingPongIndex)));
        lines.addAll(gaps.csvRows("gaps"));
        whereNow.forEach(place -> {
            lines.add(List.of("whereNow", place.place().name(), "clients", place.clients().display()));
            lines.add(List.of("whereNow", place.place().name(), "medianDaysThere", text(place.medianDaysThere())));
            lines.add(List.of("whereNow", place.place().name(), "p90DaysThere", text(place.p90DaysThere())));
        });
        return lines;
    }

    static String text(Number value) {
        return value == null ? SuppressedCount.SMALL : value.toString();
    }
}
