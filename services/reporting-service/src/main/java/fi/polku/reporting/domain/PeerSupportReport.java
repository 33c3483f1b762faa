package fi.polku.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Peer support (vertaisvalmentajatoiminta, seed 000: "Vertaisvalmentajia: 3 yksikköä = 12 hlö / Toimintaan
 * osallistuneita: 3 yksikköä = 18 hlö"): the clients who had a peer coach in their care network on some day of the
 * period, and per quarter. A client supported in two quarters counts in both, and once in the period.
 */
@Schema(description = "Clients who had peer support: a peer coach (PEER_COACH) in their care network")
public record PeerSupportReport(
        @Schema(required = true, description = "Clients with peer support on some day of the period (the year, or "
                + "every quarter below when no year is given)") SuppressedCount clients,
        @Schema(required = true, description = "Clients with peer support on some day of each quarter, oldest first")
        List<QuarterCount> byQuarter,
        @Schema(required = true) OffsetDateTime asOf) implements CsvReport {

    public record QuarterCount(@Schema(required = true, examples = "2026-Q1") String quarter,
            @Schema(required = true) SuppressedCount clients) {
    }

    /** A peer coach's membership of a client's care network; {@code until} null while it goes on. */
    public record Membership(String clientKey, LocalDate from, LocalDate until) {

        boolean overlaps(LocalDate start, LocalDate end) {
            return !from.isAfter(end) && (until == null || !until.isBefore(start));
        }
    }

    /** @param year only this year's quarters (up to the current one); every one since the first membership if null */
    public static PeerSupportReport of(List<Membership> memberships, Integer year, LocalDate today,
            OffsetDateTime asOf) {
        List<String> quarters = quarters(memberships, year, today);
        List<QuarterCount> byQuarter = quarters.stream().map(quarter -> new QuarterCount(quarter, SuppressedCount.of(
                clients(memberships, Periods.quarterStart(quarter), Periods.quarterEnd(quarter))))).toList();
        long total = quarters.isEmpty() ? 0 : clients(memberships, Periods.quarterStart(quarters.get(0)),
                Periods.quarterEnd(quarters.get(quarters.size() - 1)));
        return new PeerSupportReport(SuppressedCount.of(total), byQuarter, asOf);
    }

    private static long clients(List<Membership> memberships, LocalDate start, LocalDate end) {
        return memberships.stream().filter(m -> m.overlaps(start, end)).map(Membership::clientKey).distinct().count();
    }

    private static List<String> quarters(List<Membership> memberships, Integer year, LocalDate today) {
        LocalDate first = year != null ? LocalDate.of(year, 1, 1) : memberships.stream().map(Membership::from)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        if (first == null) {
            return List.of();
        }
        LocalDate last = year != null && year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
        List<String> quarters = new ArrayList<>();
        LocalDate start = Periods.quarterStart(Periods.quarter(first));
        for (LocalDate day = start; !day.isAfter(last); day = day.plusMonths(3)) {
            quarters.add(Periods.quarter(day));
        }
        return quarters;
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("clients", "total", "", clients.display()));
        byQuarter.forEach(q -> lines.add(List.of("byQuarter", q.quarter(), "", q.clients().display())));
        return lines;
    }
}
