package fi.polku.reporting.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registered clients by the segment of their latest screening; clients not yet screened are left out. */
@Schema(description = "Clients by the segment of their latest screening")
public record SegmentsReport(CountList clients, OffsetDateTime asOf) implements CsvReport {

    public static SegmentsReport of(List<ClientPath> clients, OffsetDateTime asOf) {
        Map<String, Long> counts = new TreeMap<>();
        clients.stream().map(ClientPath::segment).filter(Objects::nonNull)
                .forEach(segment -> counts.merge(segment, 1L, Long::sum));
        return new SegmentsReport(CountList.of("segment", counts), asOf);
    }

    @Override
    public List<List<String>> csvRows() {
        return clients.csvRows("segments");
    }
}
