package fi.polku.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts by two dimensions with row, column and grand totals, suppressed by {@link CellSuppression}. */
@Schema(description = "Counts by two dimensions with row, column and grand totals; small counts suppressed")
public record CrossTable(
        @Schema(description = "What the rows are, e.g. municipalityCode") String rowDimension,
        @Schema(description = "What the columns are, e.g. month") String columnDimension,
        List<String> columns,
        List<Row> rows,
        List<SuppressedCount> columnTotals,
        SuppressedCount total) implements CsvTable {

    @Schema(name = "CrossTableRow", description = "One row of a cross table: a cell per column and the row total")
    public record Row(String key, List<SuppressedCount> cells, SuppressedCount total) {
    }

    /** @param counts row key to column key to count; missing cells are 0 */
    public static CrossTable of(String rowDimension, String columnDimension, List<String> rowKeys,
            List<String> columnKeys, Map<String, Map<String, Long>> counts) {
        int rows = rowKeys.size();
        int columns = columnKeys.size();
        long[][] cells = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            Map<String, Long> row = counts.getOrDefault(rowKeys.get(r), Map.of());
            for (int c = 0; c < columns; c++) {
                cells[r][c] = row.getOrDefault(columnKeys.get(c), 0L);
            }
        }
        long[] values = CellSuppression.withTotals(cells, rows, columns);
        CellSuppression.Status[] status = CellSuppression.plan(values, CellSuppression.tableGroups(rows, columns));
        List<Row> rowViews = IntStream.range(0, rows).mapToObj(r -> new Row(rowKeys.get(r),
                IntStream.range(0, columns).mapToObj(c -> shown(values, status, r * columns + c)).toList(),
                shown(values, status, rows * columns + r))).toList();
        List<SuppressedCount> columnTotals = IntStream.range(0, columns)
                .mapToObj(c -> shown(values, status, rows * columns + rows + c)).toList();
        return new CrossTable(rowDimension, columnDimension, columnKeys, rowViews, columnTotals,
                shown(values, status, values.length - 1));
    }

    private static SuppressedCount shown(long[] values, CellSuppression.Status[] status, int index) {
        return CellSuppression.display(values[index], status[index]);
    }

    @Override
    public List<List<String>> csvRows(String table) {
        List<List<String>> lines = new ArrayList<>();
        for (Row row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                lines.add(List.of(table, row.key(), columns.get(c), row.cells().get(c).display()));
            }
            lines.add(List.of(table, row.key(), "total", row.total().display()));
        }
        for (int c = 0; c < columns.size(); c++) {
            lines.add(List.of(table, "total", columns.get(c), columnTotals.get(c).display()));
        }
        lines.add(List.of(table, "total", "total", total.display()));
        return lines;
    }
}
