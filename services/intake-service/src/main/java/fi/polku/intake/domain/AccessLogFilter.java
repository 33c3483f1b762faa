package fi.polku.intake.domain;

import java.time.LocalDate;

import fi.polku.platform.audit.AccessOutcome;

/**
 * The filters of a client's access log: a period of Finnish calendar days, a service and an outcome; each
 * null means no restriction.
 */
public record AccessLogFilter(LocalDate from, LocalDate to, String service, AccessOutcome outcome) {
}
