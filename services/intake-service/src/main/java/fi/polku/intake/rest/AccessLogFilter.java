package fi.polku.intake.rest;

import java.time.LocalDate;

import fi.polku.platform.audit.AccessOutcome;

/**
 * The filters of a client's access log (JSON): a period of Finnish calendar days, a service and an outcome; each
 * null means no restriction.
 */
public record AccessLogFilter(LocalDate from, LocalDate to, String service, AccessOutcome outcome) {

    static final String SERVICE_PATTERN = "^[a-z][a-z0-9-]{0,39}$";
}
