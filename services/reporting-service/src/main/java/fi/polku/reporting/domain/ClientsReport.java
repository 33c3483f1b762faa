package fi.polku.reporting.domain;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Clients per municipality and month: registered in the month, active at the end of the month (registered by then
 * and not closed then), and closed in the month. For a year, its months up to the current one are listed; otherwise
 * the months in which a client registered or a clientship closed.
 */
@Schema(description = "Clients registered, active at month end and closed, per municipality and month")
public record ClientsReport(CrossTable registered, CrossTable active, CrossTable closed, OffsetDateTime asOf)
        implements CsvReport {

    public static ClientsReport of(List<ClientPath> clients, Integer year, OffsetDateTime asOf) {
        TreeSet<String> months = new TreeSet<>();
        if (year != null) {
            for (int month = 1; month <= 12 && !YearMonth.of(year, month).isAfter(YearMonth.from(Periods.day(asOf)));
                    month++) {
                months.add(YearMonth.of(year, month).toString());
            }
        } else {
            clients.forEach(client -> {
                months.add(Periods.month(client.registeredAt()));
                if (client.closedAt() != null) {
                    months.add(Periods.month(client.closedAt()));
                }
            });
        }
        TreeSet<String> municipalities = new TreeSet<>();
        Map<String, Map<String, Long>> registered = new TreeMap<>();
        Map<String, Map<String, Long>> closed = new TreeMap<>();
        for (ClientPath client : clients) {
            String municipality = municipality(client);
            String month = Periods.month(client.registeredAt());
            if (months.contains(month)) {
                municipalities.add(municipality);
                increment(registered, municipality, month);
            }
            if (client.closedAt() != null && months.contains(Periods.month(client.closedAt()))) {
                municipalities.add(municipality);
                increment(closed, municipality, Periods.month(client.closedAt()));
            }
        }
        Map<String, Map<String, Long>> active = new TreeMap<>();
        for (String month : months) {
            for (ClientPath client : clients) {
                boolean registeredBy = !Periods.day(client.registeredAt()).isAfter(Periods.monthEnd(month));
                boolean openAtEnd = client.closedAt() == null
                        || Periods.day(client.closedAt()).isAfter(Periods.monthEnd(month));
                if (registeredBy && openAtEnd) {
                    municipalities.add(municipality(client));
                    increment(active, municipality(client), month);
                }
            }
        }
        List<String> rows = new ArrayList<>(municipalities);
        List<String> columns = new ArrayList<>(months);
        return new ClientsReport(CrossTable.of("municipalityCode", "month", rows, columns, registered),
                CrossTable.of("municipalityCode", "month", rows, columns, active),
                CrossTable.of("municipalityCode", "month", rows, columns, closed), asOf);
    }

    private static String municipality(ClientPath client) {
        return client.municipalityCode() == null ? "unknown" : client.municipalityCode();
    }

    static void increment(Map<String, Map<String, Long>> counts, String row, String column) {
        counts.computeIfAbsent(row, key -> new TreeMap<>()).merge(column, 1L, Long::sum);
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> lines = new ArrayList<>(registered.csvRows("registered"));
        lines.addAll(active.csvRows("active"));
        lines.addAll(closed.csvRows("closed"));
        return lines;
    }
}
