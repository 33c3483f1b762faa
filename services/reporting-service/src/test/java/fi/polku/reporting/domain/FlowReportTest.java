package fi.polku.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.platform.servicemap.ServicePlace;

/**
 * The flow report's figures. Where the clients are now ({@code whereNow}) follows the service map of the
 * work-ability support package (seed 004: "SOSIAALIHUOLLON TYÖLLISTYMISTÄ TUKEVAT PALVELUT * kuntouttava
 * työtoiminta", "KOULUTUS", "KUNTOUTUS", "AVOIMET TYÖMARKKINAT", "ELÄKE"), as {@link ServicePlace} names its places.
 */
class FlowReportTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2024-01-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 11);

    private static ClientPath client(Integer ownerAfterDays, boolean coached, boolean employed) {
        return new ClientPath(UUID.randomUUID().toString(), "091", START, ownerAfterDays == null ? null : START.plusDays(ownerAfterDays),
                ownerAfterDays != null, null, null, null, null, coached ? START.plusDays(30) : null,
                coached ? START.plusDays(30) : null, employed, false, null, null, null, 0, 0, null, null);
    }

    private static ClientPath inPlace(ServicePlace place, int daysThere) {
        return inPlace(place, daysThere, null);
    }

    private static ClientPath inPlace(ServicePlace place, int daysThere, OffsetDateTime closedAt) {
        return new ClientPath(UUID.randomUUID().toString(), "091", START, START, true, null, null, null, null, null,
                null, false, false, closedAt, null, null, 0, 0, place == null ? null : place.name(),
                TODAY.minusDays(daysThere));
    }

    private static FlowReport.PlaceNow placeNow(List<FlowReport.PlaceNow> whereNow, ServicePlace place) {
        return whereNow.stream().filter(p -> p.place() == place).findFirst().orElseThrow();
    }

    @Test
    void everyPlaceOfTheMapIsListedInItsOrderEvenWithNoClients() {
        List<FlowReport.PlaceNow> whereNow = FlowReport.whereNow(List.of(inPlace(ServicePlace.PENSION, 3)), TODAY);
        assertThat(whereNow).extracting(FlowReport.PlaceNow::place).containsExactly(ServicePlace.values());
        assertThat(placeNow(whereNow, ServicePlace.TRAINING).clients().display()).isEqualTo("0");
    }

    @Test
    void daysThereAreMedianAndNinetiethPercentileWithSmallCountsSuppressed() {
        List<ClientPath> clients = new ArrayList<>();
        for (int days : new int[] {1, 2, 3, 4, 10, 20}) {
            clients.add(inPlace(ServicePlace.REHABILITATIVE_WORK_ACTIVITY, days));
        }
        clients.add(inPlace(ServicePlace.TRAINING, 5));
        clients.add(inPlace(ServicePlace.TRAINING, 7));

        List<FlowReport.PlaceNow> whereNow = FlowReport.whereNow(clients, TODAY);

        FlowReport.PlaceNow workActivity = placeNow(whereNow, ServicePlace.REHABILITATIVE_WORK_ACTIVITY);
        assertThat(workActivity.clients().display()).isEqualTo("6");
        assertThat(workActivity.medianDaysThere()).isEqualTo(3.0);
        assertThat(workActivity.p90DaysThere()).isEqualTo(20.0);
        FlowReport.PlaceNow training = placeNow(whereNow, ServicePlace.TRAINING);
        assertThat(training.clients().display()).isEqualTo("<5");
        assertThat(training.medianDaysThere()).isNull();
        assertThat(training.p90DaysThere()).isNull();
    }

    @Test
    void closedClientshipsAndClientsWithoutAKnownPlaceAreLeftOut() {
        List<ClientPath> clients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clients.add(inPlace(ServicePlace.OPEN_LABOUR_MARKET, 10));
        }
        clients.add(inPlace(ServicePlace.OPEN_LABOUR_MARKET, 100, START.plusDays(5)));
        clients.add(inPlace(null, 0));

        List<FlowReport.PlaceNow> whereNow = FlowReport.whereNow(clients, TODAY);

        FlowReport.PlaceNow open = placeNow(whereNow, ServicePlace.OPEN_LABOUR_MARKET);
        assertThat(open.clients().value()).isEqualTo(5L);
        assertThat(open.p90DaysThere()).isEqualTo(10.0);
        assertThat(whereNow).filteredOn(p -> p.place() != ServicePlace.OPEN_LABOUR_MARKET)
                .allSatisfy(p -> assertThat(p.clients().value()).isZero());
    }

    @Test
    void aPlaceDatedAheadOfTheReportsDayCountsAsZeroDays() {
        List<ClientPath> clients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clients.add(inPlace(ServicePlace.WORK_TRIAL, -3));
        }
        assertThat(placeNow(FlowReport.whereNow(clients, TODAY), ServicePlace.WORK_TRIAL).medianDaysThere())
                .isEqualTo(0.0);
    }

    @Test
    void theDaysRunToTheReportsDayInFinnishTimeAndAreInTheCsv() {
        List<ClientPath> clients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clients.add(inPlace(ServicePlace.SERVICE_GUIDANCE, 4));
        }
        // 23:30 UTC on 10 March is already 11 March (TODAY) in Finland
        FlowReport report = FlowReport.of(clients, OffsetDateTime.parse("2024-03-10T23:30:00Z"));

        assertThat(report.csvRows()).contains(List.of("whereNow", "SERVICE_GUIDANCE", "clients", "5"),
                List.of("whereNow", "SERVICE_GUIDANCE", "medianDaysThere", "4.0"),
                List.of("whereNow", "SERVICE_GUIDANCE", "p90DaysThere", "4.0"),
                List.of("whereNow", "PENSION", "clients", "0"),
                List.of("whereNow", "PENSION", "medianDaysThere", "<5"));
    }

    @Test
    void aFunnelStepThatWouldRevealASmallDifferenceIsWithheld() {
        List<ClientPath> clients = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clients.add(client(i < 8 ? 1 : null, i < 5, false));
        }
        List<FlowReport.FunnelStep> funnel = FlowReport.funnel(clients);
        // 10 registered, 8 with an owner (difference 2), 5 coached (difference 5 from the last shown, 10)
        assertThat(funnel).extracting(step -> step.clients().display())
                .containsExactly("10", "..", "0", "0", "5", "0");
    }

    @Test
    void medianAndNinetiethPercentileAreNearestRankAndWithheldBelowFive() {
        List<ClientPath> clients = new ArrayList<>();
        for (int days : new int[] {1, 2, 3, 4, 10, 20}) {
            clients.add(client(days, false, false));
        }
        List<FlowReport.StageTime> times = FlowReport.stageTimes(clients, FlowReport.funnel(clients));
        assertThat(times.get(0).medianDays()).isEqualTo(3.0);
        assertThat(times.get(0).p90Days()).isEqualTo(20.0);
        assertThat(times.get(3).medianDays()).isNull();
        assertThat(Percentiles.of(List.of(1.0, 2.0, 3.0, 4.0), 50)).isNull();
    }

    @Test
    void aClientWithoutCaseOwnerIsInAGapAndEachClientCountsOnce() {
        List<ClientPath> clients = List.of(client(null, false, false), client(1, false, false));
        CountList gaps = FlowReport.gaps(clients, START.toLocalDate(), START);
        assertThat(gaps.rows().get(0).key()).isEqualTo("NO_CASE_OWNER");
        assertThat(gaps.total().display()).isEqualTo("<5");
    }
}
