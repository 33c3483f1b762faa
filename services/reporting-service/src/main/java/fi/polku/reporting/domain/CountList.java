package fi.polku.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of clients (or referrals) by one dimension with their total, suppressed by {@link CellSuppression}. */
@Schema(description = "Counts by one dimension and their total; small counts suppressed")
public record CountList(
        @Schema(description = "What the rows are, e.g. segment") String dimension,
        List<Row> rows,
        SuppressedCount total) implements CsvTable {

    @Schema(name = "CountRow", description = "One row of a count list")
    public record Row(String key, SuppressedCount count) {
    }

    /** @param counts in the order the rows are shown */
    public static CountList of(String dimension, Map<String, Long> counts) {
        List<String> keys = new ArrayList<>(counts.keySet());
        long[] values = new long[keys.size() + 1];
        for (int i = 0; i < keys.size(); i++) {
            values[i] = counts.get(keys.get(i));
            values[keys.size()] += values[i];
        }
        int total = keys.size();
        CellSuppression.Status[] status = CellSuppression.plan(values,
                List.of(new CellSuppression.Group(IntStream.range(0, keys.size()).boxed().toList(), total)));
        List<Row> rows = IntStream.range(0, keys.size())
                .mapToObj(i -> new Row(keys.get(i), CellSuppression.display(values[i], status[i]))).toList();
        return new CountList(dimension, rows, CellSuppression.display(values[total], status[total]));
    }

    @Override
    public List<List<String>> csvRows(String table) {
        List<List<String>> lines = new ArrayList<>();
        rows.forEach(row -> lines.add(List.of(table, row.key(), "", row.count().display())));
        lines.add(List.of(table, "total", "", total.display()));
        return lines;
    }
}
