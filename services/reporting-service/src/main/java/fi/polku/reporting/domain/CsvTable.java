package fi.polku.reporting.domain;

import java.util.List;

/** A part of a report as CSV lines of the columns table, row, column, value. */
public interface CsvTable {

    List<List<String>> csvRows(String table);
}
