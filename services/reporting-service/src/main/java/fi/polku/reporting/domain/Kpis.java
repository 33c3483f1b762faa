package fi.polku.reporting.domain;

import java.time.OffsetDateTime;

/** The headline figures of the service package, each already suppressed. */
public record Kpis(SuppressedCount clientsRegistered, SuppressedCount clientsWithCaseOwner,
        SuppressedCount clientsWaitingForCaseOwner, OffsetDateTime asOf) {
}
