package fi.polku.reporting.domain;

import java.util.List;

/** A report that can also be written as CSV: one line per figure, columns table, row, column, value. */
public interface CsvReport {

    List<String> HEADER = List.of("table", "row", "column", "value");

    List<List<String>> csvRows();
}
