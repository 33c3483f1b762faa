package fi.polku.reporting.rest;

import java.time.OffsetDateTime;

import fi.polku.reporting.domain.SuppressedCount;

/** The headline figures of the service package. */
public record KpiView(
        SuppressedCount clientsRegistered,
        SuppressedCount clientsWithCaseOwner,
        SuppressedCount clientsWaitingForCaseOwner,
        OffsetDateTime asOf) {
}
