package fi.polku.intake.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fi.polku.platform.audit.AccessOutcome;

/**
 * The filters of a client's access log (JSON): a period of Finnish calendar days, a service and an outcome; each
 * left out means no restriction. A value that is not of the parameter's form is a 400 naming it.
 */
public class AccessLogFilter {

    @QueryParam("from")
    @Parameter(description = "First day (Finnish time) of the period, inclusive")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Last day (Finnish time) of the period, inclusive; not before from")
    public LocalDate to;

    @QueryParam("service")
    @Pattern(regexp = SERVICE_PATTERN, message = "must be a service name, e.g. intake or case-owner")
    @Parameter(description = "Only the entries of this service: intake, case-owner, assessment, coaching or "
            + "another service's name", schema = @Schema(pattern = SERVICE_PATTERN, maxLength = 40))
    public String service;

    @QueryParam("outcome")
    @Parameter(description = "Only allowed (ALLOWED) or only refused (DENIED) attempts")
    public AccessOutcome outcome;

    static final String SERVICE_PATTERN = "^[a-z][a-z0-9-]{0,39}$";
}
