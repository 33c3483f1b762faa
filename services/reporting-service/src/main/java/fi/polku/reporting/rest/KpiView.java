package fi.polku.reporting.rest;

import java.time.OffsetDateTime;
import java.util.List;

import fi.polku.reporting.domain.CsvReport;
import fi.polku.reporting.domain.Kpis;
import fi.polku.reporting.domain.SuppressedCount;

/** The headline figures of the service package; as CSV one line per figure of the table {@code kpis}. */
public record KpiView(
        SuppressedCount clientsRegistered,
        SuppressedCount clientsWithCaseOwner,
        SuppressedCount clientsWaitingForCaseOwner,
        OffsetDateTime asOf) implements CsvReport {

    static final String TABLE = "kpis";

    static KpiView of(Kpis kpis) {
        return new KpiView(kpis.clientsRegistered(), kpis.clientsWithCaseOwner(), kpis.clientsWaitingForCaseOwner(),
                kpis.asOf());
    }

    @Override
    public List<List<String>> csvRows() {
        return List.of(
                List.of(TABLE, "clientsRegistered", "count", clientsRegistered.display()),
                List.of(TABLE, "clientsWithCaseOwner", "count", clientsWithCaseOwner.display()),
                List.of(TABLE, "clientsWaitingForCaseOwner", "count", clientsWaitingForCaseOwner.display()),
                List.of(TABLE, "asOf", "time", asOf.toString()));
    }
}
