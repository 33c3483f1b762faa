package fi.polku.bench;

import java.util.Locale;

/** The soak's section of RESULTS.md and its rows of the Targets table. */
final class SoakReport {

    private final Soak.Run r;

    SoakReport(Soak.Run run) {
        this.r = run;
    }

    void section(StringBuilder out) {
        out.append("## Soak with faults\n\n");
        out.append(String.format(Locale.ROOT, """
                %s of mixed load planned (the load ran %.0f s: until the last fault was over and a while after it),
                offered open loop at %.1f requests/s, half the best closed-loop registration rate: of every 20
                requests in turn 6 registrations, 8 client reads, 3 coaching meeting records and 3 screenings
                (`POST /api/v1/clients/{id}/screenings`), each as in the phases above; latency from when each
                request was due. %d requests, %d failed.

                """, minutes(r.planned().toSeconds()), r.loadSeconds(), r.offeredPerSecond(), r.requests(),
                r.failed()));
        out.append("| operation | requests | succeeded | failed | p50 outside the fault windows "
                + "| p99 outside | max outside |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Soak.OperationFigures o : r.operations()) {
            operationRow(out, o, false);
        }
        operationRow(out, r.allOutside(), true);
        out.append(String.format(Locale.ROOT, """

                The successes under way during a fault window had p99 %.1f ms.

                | fault | window, s into the load | length | failed after its end | succeeding again | registrations in flight | their case owners all assigned | what was done |
                |---|---|---:|---:|---:|---:|---:|---|
                """, r.p99InWindowsMillis()));
        for (Soak.FaultFigures f : r.faults()) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f – %.1f | %.1f s | %d | %s | %d | %s | %s |%n",
                    f.fault(), f.fromSeconds(), f.toSeconds(), f.seconds(), f.failedAfterEnd(),
                    f.failedAfterEnd() == 0 ? "at once" : String.format(Locale.ROOT, "%.1f s after the end",
                            f.succeedAgainSeconds()),
                    f.inFlightRegistrations(), f.inFlightRegistrations() == 0 ? "none in flight"
                            : Double.isNaN(f.caseOwnersCaughtUpSeconds()) ? "**not within 5 min**"
                            : String.format(Locale.ROOT, "%.1f s after the end", f.caseOwnersCaughtUpSeconds()),
                    f.detail()));
        }
        out.append(String.format(Locale.ROOT, """

                The window of a fault is from the moment it was done (broker stopped, PostgreSQL stopped, service
                killed) until the thing was back (broker started, PostgreSQL accepting connections, the service
                ready); a request is inside it if it was under way at any moment of it. Succeeding again: how long
                after the window's end the last request that failed after it was answered (failures after the end
                are counted to the fault before them). Registrations in flight: those accepted from 30 s before the
                fault until its end; their case owners all assigned: how long after the end case-owner's
                `case_owner_change` held all of them, the event stream's recovery (outbox, relay, broker, consumer).
                The system runs one PostgreSQL server with a database per service, so restarting it is what a
                restart of a service's database looks like to that service, for every service at once. The killed
                service is %s (SIGKILL, then started as `./polku up` starts it)%s.

                """, r.killed(), r.killed().equals("case-owner-service")
                ? ":\nthe load does not call it, so its kill shows not in the answers but in the registrations in\n"
                        + "flight, whose events it was consuming (`POLKU_BENCH_SOAK_KILL=intake` kills one the load calls)"
                : ""));
        errors(out);
        checks(out);
    }

    private void errors(StringBuilder out) {
        if (r.errors().isEmpty()) {
            out.append("No request failed.\n\n");
            return;
        }
        out.append("| error | operation |");
        r.faults().forEach(f -> out.append(" during: ").append(f.fault()).append(" |"));
        out.append(" outside the windows |\n|---|---|");
        r.faults().forEach(f -> out.append("---:|"));
        out.append("---:|\n");
        for (Soak.ErrorFigures e : r.errors()) {
            out.append("| ").append(e.kind()).append(" | ").append(e.operation()).append(" |");
            e.inWindow().forEach(count -> out.append(' ').append(count).append(" |"));
            out.append(' ').append(e.outside()).append(" |\n");
        }
        out.append("""

                An HTTP error is named by its status and whether its body was `application/problem+json`;
                connection refused: nothing listened on the port; no answer within 30 s: the harness's timeout.

                """);
    }

    private void checks(StringBuilder out) {
        out.append("""
                Effects, counted in the services' databases once the system was idle again (%.1f s after the load
                stopped):

                | service | what | expected | found | as expected |
                |---|---|---:|---:|---|
                """.formatted(r.idleAfterSeconds()));
        for (SoakChecks.Check c : r.checks()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s |%n", c.service(), c.what(),
                    c.expected(), c.found(), c.ok() ? "yes" : "**no**"));
        }
        out.append("""

                Expected: the accepted requests (their 201 answers' ids); counts over the whole soak may exceed them
                by the requests sent but never answered, which may or may not have been applied. Each consumer
                records an event's id in `processed_event` in the transaction of its effect, so an event applied
                twice would show as a second effect: a second case owner change, a second export fact.

                """);
    }

    /** Rows of the Targets table, as {@link Report} writes its own. */
    void targets(StringBuilder out) {
        target(out, "soak with faults: p99 outside the fault windows < 50 ms",
                String.format(Locale.ROOT, "%.1f ms", r.allOutside().p99Millis()), r.allOutside().p99Millis() < 50);
        long in503 = r.errors().stream().filter(e -> e.kind().equals("HTTP 503 problem+json"))
                .mapToLong(e -> e.inWindow().get(Soak.DATABASE)).sum();
        target(out, "soak with faults: the only errors 503 problem+json, during the database restart",
                r.failed() == 0 ? "no error" : String.format(Locale.ROOT, "%d errors, %d of them 503 problem+json "
                        + "during the PostgreSQL restart", r.failed(), in503), r.only503DuringDatabaseRestart());
        long ok = r.checks().stream().filter(SoakChecks.Check::ok).count();
        target(out, "soak with faults: every accepted request's effects exactly once",
                ok + " of " + r.checks().size() + " counts as expected", r.exactlyOnce());
    }

    private static void target(StringBuilder out, String target, String measured, boolean met) {
        out.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private static void operationRow(StringBuilder out, Soak.OperationFigures o, boolean bold) {
        String b = bold ? "**" : "";
        if (o.okOutside() == 0) {
            out.append(String.format(Locale.ROOT, "| %s%s%s | %d | %d | %d | – | – | – |%n", b, o.operation(), b,
                    o.requests(), o.ok(), o.failed()));
            return;
        }
        out.append(String.format(Locale.ROOT, "| %s%s%s | %d | %d | %d | %.1f | %s%.1f%s | %.1f |%n", b, o.operation(),
                b, o.requests(), o.ok(), o.failed(), o.p50Millis(), b, o.p99Millis(), b, o.maxMillis()));
    }

    private static String minutes(long seconds) {
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
