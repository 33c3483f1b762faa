package fi.polku.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fi.polku.testkit.system.PolkuService;

/**
 * Writes the measurements as Markdown: to the console and to {@code bench/RESULTS.md}. Whatever follows
 * {@value #KEPT_MARKER} in an existing RESULTS.md (the written analysis of the run) is kept.
 */
final class Report {

    static final String KEPT_MARKER = "<!-- Written by hand below this line; ./polku bench keeps it. -->";
    /** Each registration commits ClientRegistered and the access log's AccessRecorded to intake's outbox. */
    private static final int EVENTS_PER_REGISTRATION = 2;
    private static final String NO_PGBENCH = """

            pgbench was not installed, so this smoke run has no database baseline (bench/ensure-pgbench.sh installs
            it as root).
            """;

    private final BenchSettings settings;
    private final MachineInfo machine;
    private final ZonedDateTime startedAt;
    private final Measurements m;

    Report(BenchSettings settings, MachineInfo machine, ZonedDateTime startedAt, Measurements measurements) {
        this.settings = settings;
        this.machine = machine;
        this.startedAt = startedAt;
        this.m = measurements;
    }

    String tables() {
        StringBuilder out = new StringBuilder();
        loads(out);
        gatewayHop(out);
        baselines(out);
        cost(out);
        profiles(out);
        projection(out);
        services(out);
        new SoakReport(m.soak).section(out);
        targets(out);
        idle(out);
        return out.toString();
    }

    void write(Path file) {
        String kept = "";
        try {
            if (Files.exists(file)) {
                String existing = Files.readString(file);
                int marker = existing.indexOf(KEPT_MARKER);
                kept = marker < 0 ? "" : existing.substring(marker + KEPT_MARKER.length());
            }
            Files.writeString(file, header() + tables() + "\n" + KEPT_MARKER + kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String header() {
        return """
                # Benchmark results

                Measured by the harness of %s on %s (%s mode). Machine: %s, %d cores, %d GiB RAM, %s; %s.
                The load generator, PostgreSQL, Kafka and the six service JVMs all share these cores, and the
                machine was shared with other work: its one-minute load average, sampled every 5 s through the
                run, was %s (2 means both cores busy).
                Services run as in `./polku up`: `java %s -jar quarkus-run.jar`, one instance each.
                Seeded before measuring: %d case owners over Päijät-Häme's ten municipalities (by population), a
                work-ability team per municipality, %d coaching providers with 3 coaches each, %d clients and an
                active coaching episode per load worker; %d clients were registered by the end of the run.
                Every measured window is %d s after a %d s warm-up. Latencies in milliseconds.

                """.formatted(command(), startedAt.format(DateTimeFormatter.ISO_LOCAL_DATE),
                settings.mode(), machine.cpu(), machine.cores(), machine.memoryGiB(), machine.os(), machine.java(),
                m.loadAverage, m.serviceJvmOptions, settings.professionals(), settings.providers(),
                settings.seedClients(), m.clientsRegistered, settings.measured().toSeconds(),
                settings.warmUp().toSeconds());
    }

    private String command() {
        return switch (settings.mode()) {
            case "full" -> "`./polku bench full`";
            case "quick" -> "`./polku bench`";
            default -> "`./mvnw -B verify` (BenchSmokeTest: tiny counts; its figures mean nothing)";
        };
    }

    private void loads(StringBuilder out) {
        out.append("## Throughput and latency\n\n");
        out.append("| operation | load | requests | errors | requests/s | p50 | p99 | max |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (List<LoadResult> results : List.of(m.registration, m.read, m.meeting)) {
            results.forEach(result -> loadRow(out, result));
        }
        loadRow(out, m.registrationAtHalf);
        loadRow(out, m.caseOwnerVisible);
        out.append("""

                Registration: `POST /api/v1/clients` with an `Idempotency-Key`, each worker a different intake worker.
                Read: `GET /api/v1/clients/{id}` of a client the same worker registered. Meeting: `POST
                /api/v1/coaching-episodes/{id}/meetings` as a job coach of the provider the client consented to.
                The half-load row offers registrations at a fixed rate, half of the best rate above; its latency
                counts from when each request was due. Case owner visible: from sending the registration until
                `GET /api/v1/clients/{id}/case-owner` answers ASSIGNED (polled every 10 ms), measured once the
                case-owner service had placed every client registered before.

                """);
        out.append("""
                Each phase above, and each below, started only once the system was idle: no unsent outbox row in
                any service and every consumer group's committed offsets at the end of its partitions (the wait
                before each is in the last table).

                """);
    }

    private void gatewayHop(StringBuilder out) {
        out.append("## Through the FHIR gateway\n\n");
        out.append("| concurrency | direct p50 | direct p99 | gateway p50 | gateway p99 | extra p50 | extra p99 "
                + "| direct requests/s | gateway requests/s | errors |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < m.clientshipDirect.size(); i++) {
            LoadResult direct = m.clientshipDirect.get(i);
            LoadResult gateway = m.clientshipThroughGateway.get(i);
            out.append(String.format(Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %.0f | %d + %d |%n", direct.load().replace(" concurrent", ""), direct.p50Millis(), direct.p99Millis(),
                    gateway.p50Millis(), gateway.p99Millis(), gateway.p50Millis() - direct.p50Millis(),
                    gateway.p99Millis() - direct.p99Millis(), direct.throughput(), gateway.throughput(),
                    direct.errors(), gateway.errors()));
        }
        out.append("""

                A client's clientship: direct, case-owner's `GET /api/v1/clients/{id}/case-owner`; through the
                gateway, `GET /fhir/R4/EpisodeOfCare/{id}`, for which the gateway makes that same call with the
                caller's token and, alongside it, reads intake's client for the non-disclosure label. Both as a
                coordinator (case-owner lets them see every clientship), in closed loop as above. The
                extra is the gateway's hop: the request to it, the slower of its two calls, and the FHIR resource.

                """);
    }

    private static void loadRow(StringBuilder out, LoadResult r) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.0f | %.1f | %.1f | %.1f |%n", r.operation(),
                r.load(), r.requests(), r.errors(), r.throughput(), r.p50Millis(), r.p99Millis(), r.maxMillis()));
    }

    private void baselines(StringBuilder out) {
        out.append("## Next to the limits of the database and the broker\n\n");
        out.append("| concurrency | registrations/s | pgbench registration transactions/s | ratio "
                + "| pgbench CPU ms per transaction (PostgreSQL + pgbench) |\n");
        out.append("|---:|---:|---:|---:|---:|\n");
        for (PgbenchBaseline.Run run : m.pgbench) {
            m.registration.stream().filter(r -> r.load().equals(run.clients() + " concurrent")).findFirst()
                    .ifPresent(r -> out.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.2f | %.2f + %.2f |%n",
                            run.clients(), r.throughput(), run.tps(), r.throughput() / run.tps(),
                            run.postgresMillisPerTransaction(), run.pgbenchMillisPerTransaction())));
        }
        LoadResult best = Measurements.best(m.registration);
        double registrationEvents = best.throughput() * EVENTS_PER_REGISTRATION;
        if (m.pgbench.isEmpty()) {
            out.append(NO_PGBENCH);
        } else {
            out.append(String.format(Locale.ROOT, """

                    Best registration rate %.0f/s against pgbench's best %.0f/s: **%.2f** of the database's limit.
                    """, best.throughput(), m.pgbenchLimit(), best.throughput() / m.pgbenchLimit()));
        }
        out.append(String.format(Locale.ROOT, """

                | Kafka | events/s | producer-perf records/s | ratio |
                |---|---:|---:|---:|
                | intake's outbox relay draining %d events | %.0f | %.0f | %.2f |
                | events published at the best registration rate (%d per registration) | %.0f | %.0f | %.2f |

                producer-perf: %d records of %d bytes (our events' average size), `acks=all`, idempotent,
                `linger.ms=1` as the relay; its average latency %.0f ms, p99 %.0f ms.

                """, m.relayDrain.events(), m.relayDrain.eventsPerSecond(), m.producerPerf.recordsPerSecond(),
                m.relayDrain.eventsPerSecond() / m.producerPerf.recordsPerSecond(), EVENTS_PER_REGISTRATION,
                registrationEvents, m.producerPerf.recordsPerSecond(),
                registrationEvents / m.producerPerf.recordsPerSecond(), m.producerPerf.records(),
                m.producerPerf.recordSize(), m.producerPerf.averageLatencyMillis(), m.producerPerf.p99LatencyMillis()));
    }

    private void cost(StringBuilder out) {
        RequestCost.Run registration = m.registrationCost;
        RequestCost.Run read = m.readCost;
        out.append("## CPU time per request\n\n");
        out.append("| CPU ms per request | registration | read |\n|---|---:|---:|\n");
        for (PolkuService service : PolkuService.all()) {
            costRow(out, service.module(), registration.perRequestMillis(registration.gross().services().get(service)),
                    read.perRequestMillis(read.gross().services().get(service)));
        }
        costRow(out, "PostgreSQL (postmaster and backends)", registration.perRequestMillis(registration.gross().postgres()),
                read.perRequestMillis(read.gross().postgres()));
        costRow(out, "Kafka broker (the harness JVM minus the load generator)",
                registration.perRequestMillis(registration.gross().kafka()), read.perRequestMillis(read.gross().kafka()));
        costRow(out, "… of which this JVM's JIT compiler, GC and VM threads",
                registration.perRequestMillis(registration.gross().kafkaJvmInternal()),
                read.perRequestMillis(read.gross().kafkaJvmInternal()));
        costRow(out, "all, from the request until every consumer has applied its events",
                registration.perRequestMillis(registration.gross().system()), read.perRequestMillis(read.gross().system()));
        costRow(out, "of which the idle system's own over the same time",
                registration.perRequestMillis(registration.background().system()),
                read.perRequestMillis(read.background().system()));
        out.append(String.format(Locale.ROOT, "| **all, net of the idle system's own** | **%.2f** | **%.2f** |%n",
                registration.netSystemMillis(), read.netSystemMillis()));
        if (!m.pgbench.isEmpty()) {
            PgbenchBaseline.Run pgbench = m.pgbenchAt(registration.concurrency());
            PgbenchBaseline.Run pgbenchRead = m.pgbenchRead;
            out.append(String.format(Locale.ROOT, """
                    | pgbench's transaction of the same statements at %d clients: PostgreSQL (net of idle) + the pgbench client | %.2f + %.2f | %.2f + %.2f |
                    | **ratio: request / pgbench transaction** | **%.1f** | **%.1f** |
                    """, pgbench.clients(), pgbench.postgresMillisPerTransaction(),
                    pgbench.pgbenchMillisPerTransaction(), pgbenchRead.postgresMillisPerTransaction(),
                    pgbenchRead.pgbenchMillisPerTransaction(),
                    registration.netSystemMillis() / pgbench.millisPerTransaction(),
                    read.netSystemMillis() / pgbenchRead.millisPerTransaction()));
        } else {
            out.append(NO_PGBENCH);
        }
        out.append(String.format(Locale.ROOT, """

                %d registrations and %d reads (errors: %d, %d), each batch from %d workers on an idle system, counted
                until the system was idle again: %.1f s and %.1f s. CPU is user + system time from `/proc/<pid>/stat`
                of the six service JVMs; of PostgreSQL's postmaster, its exited children (cutime, cstime) and its
                live backends; and of the harness JVM, which runs the Kafka broker in-process, minus the load
                generator's threads (the load workers, the HTTP client's threads, the idle check's admin client and
                the measuring thread). The harness JVM's GC and JIT threads serve both and are counted as Kafka's.
                The idle system's own: the same processes' CPU per second over %d s of the idle system just before
                the batch (polled by the idle check as the batch's wait is), times the batch's time. pgbench: the
                statements of intake's transaction for the request (registration: as above; read: the client row,
                the access rule, the access log row and its outbox row), in the scratch database, PostgreSQL's CPU
                over the run net of its idle rate, plus pgbench's own CPU; the ratio compares the net figures. The
                system's figure holds everything a request sets going (the relay, every consumer of its events,
                their own outbox rows and consumers); pgbench's only intake's transaction.

                """, registration.requests(),
                read.requests(), registration.errors(), read.errors(), registration.concurrency(),
                registration.gross().seconds(), read.gross().seconds(), settings.idleWindow().toSeconds()));
    }

    private void profiles(StringBuilder out) {
        out.append("## Where the CPU goes: a profile of the registration and read batches\n\n");
        List<ExecutionSamples.Stage> stages = List.of(ExecutionSamples.Stage.values());
        for (CpuProfile.Run run : m.profiles) {
            out.append("| ").append(run.operation()).append(" | samples | ")
                    .append(stages.stream().map(ExecutionSamples.Stage::label).collect(Collectors.joining(" | ")))
                    .append(" |\n|---|---:|").append("---:|".repeat(stages.size())).append('\n');
            run.services().forEach((service, samples) -> out.append("| ").append(service.module()).append(" | ")
                    .append(samples.total()).append(" | ").append(stages.stream()
                            .map(stage -> String.format(Locale.ROOT, "%.0f %%", samples.share(stage)))
                            .collect(Collectors.joining(" | ")))
                    .append(" |\n"));
            out.append(String.format(Locale.ROOT, "%nHottest methods in the %s batch (%d requests, %d errors), "
                    + "in percent of the service's samples:%n%n", run.operation(), run.requests(), run.errors()));
            run.services().forEach((service, samples) -> out.append("- ").append(service.module()).append(": ")
                    .append(hottest(samples)).append('\n'));
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, """
                Each batch again (%d requests from %d workers, from an idle system until it was idle again) after
                the measured ones, under a JFR recording with the JDK's `profile` settings in every service JVM
                (`jcmd <pid> JFR.start settings=profile`; it costs a few percent of CPU). A sample is a thread
                caught running Java code, every 10 ms; the JIT compiler and the garbage collector are not in them,
                nor is time in native code (the socket reads and writes themselves). The samples hold the idle
                system's own work over the batch too (Kafka consumers polling, the outbox relays). Each sample is
                counted for the innermost frame that is Polku's (`fi.polku`) or one of these libraries: JSON is
                Jackson; transactions Narayana; JDBC the PostgreSQL driver and the Agroal pool; Kafka client with
                SmallRye Reactive Messaging; HTTP Vert.x, Netty and RESTEasy Reactive; JWT, crypto SmallRye JWT,
                jose4j and the JDK's `javax.crypto` and `sun.security`; logging the JBoss log manager. JDK frames
                and other libraries (Quarkus, Mutiny, …) are passed over, so a `HashMap` look-up inside Jackson
                counts as JSON; other is a sample with no such frame. Hottest methods: the method on top of the
                stack (its own time), by its class's simple name.

                """, settings.costRequests(), settings.costConcurrency()));
    }

    private static String hottest(ExecutionSamples samples) {
        if (samples.total() == 0) {
            return "no samples";
        }
        return samples.hottest().entrySet().stream().map(method -> String.format(Locale.ROOT, "`%s` %.0f %%",
                method.getKey().label(), samples.share(method.getValue()))).collect(Collectors.joining(", "));
    }

    private static void costRow(StringBuilder out, String what, double registration, double read) {
        out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", what, registration, read));
    }

    private void idle(StringBuilder out) {
        out.append("""

                ## Idle before each measured phase

                | before | idle | waited | unsent outbox rows found | consumer lag found | most behind |
                |---|---|---:|---:|---:|---|
                """);
        for (SystemIdle.Wait wait : m.idleBefore) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %.1f s | %d | %d | %s |%n", wait.before(),
                    wait.idle() ? "yes" : "**no**", wait.seconds(), wait.unsentOutboxRows(), wait.consumerLag(),
                    wait.mostBehind()));
        }
        out.append("""

                Idle: no unsent row in any service's outbox and every consumer group with members at the end offset
                of each partition assigned to it (committed offsets; the services commit every few seconds), seen
                twice with the same end offsets around the outbox check.
                """);
    }

    private void projection(StringBuilder out) {
        ProjectionCatchUp.Run p = m.projection;
        out.append(String.format(Locale.ROOT, """
                ## Reporting projection catch-up

                | what | events | seconds | events/s |
                |---|---:|---:|---:|
                | live consumer working off a burst of new events | %d | %.1f | %.0f |
                | rebuild from offset zero of all four domain topics (`POST /api/v1/admin/projections/rebuild`) | %d | %.1f | %.0f |

                %d of the rebuilt records failed. The burst: synthetic, schema-valid events of the types only
                reporting reads (referral, instrument answers, recommendation, coaching phase, job, fee), published
                straight to the topics on top of the events the run itself produced.

                """, p.published(), p.liveSeconds(), p.liveEventsPerSecond(), p.rebuildRecords(), p.rebuildSeconds(),
                p.rebuildEventsPerSecond(), p.rebuildFailed()));
    }

    private void services(StringBuilder out) {
        out.append("## Services\n\n");
        out.append("| service | ready, six started at once | ready, restarted alone | resident memory after load |\n");
        out.append("|---|---:|---:|---:|\n");
        for (PolkuService service : PolkuService.all()) {
            Duration alone = m.startupAlone.get(service);
            out.append(String.format(Locale.ROOT, "| %s | %.1f s | %s | %d MB |%n", service.module(),
                    seconds(m.startupTogether.get(service)),
                    alone == null ? "not restarted" : String.format(Locale.ROOT, "%.1f s", seconds(alone)),
                    m.residentMegabytes.get(service)));
        }
        out.append("""

                Ready: from launching `java -jar` until `/q/health/ready` answers 200 (PostgreSQL and Kafka already
                up; a restart finds its database migrated). Resident memory: VmRSS of the process after all the load
                above, the projection rebuild included.

                """);
    }

    private void targets(StringBuilder out) {
        LoadResult best = Measurements.best(m.registration);
        double ratio = m.pgbench.isEmpty() ? Double.NaN : best.throughput() / m.pgbenchLimit();
        double slowestStart = m.startupAlone.values().stream().mapToDouble(Report::seconds).max().orElseThrow();
        long largestMemory = m.residentMegabytes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        out.append("## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        target(out, "registration throughput ≥ 0.5 × pgbench limit",
                m.pgbench.isEmpty() ? "no pgbench" : String.format(Locale.ROOT, "%.2f", ratio), ratio >= 0.5);
        target(out, "registration p99 < 50 ms at half of the maximum throughput",
                String.format(Locale.ROOT, "%.1f ms", m.registrationAtHalf.p99Millis()),
                m.registrationAtHalf.p99Millis() < 50);
        target(out, "registration → case owner visible p99 < 500 ms",
                String.format(Locale.ROOT, "%.0f ms", m.caseOwnerVisible.p99Millis()),
                m.caseOwnerVisible.p99Millis() < 500);
        target(out, "projection rebuild ≥ 10,000 events/s over ≥ 100,000 events",
                String.format(Locale.ROOT, "%.0f events/s over %d", m.projection.rebuildEventsPerSecond(),
                        m.projection.rebuildRecords()),
                m.projection.rebuildEventsPerSecond() >= 10_000 && m.projection.rebuildRecords() >= 100_000);
        LoadResult direct = m.clientshipDirect.get(0);
        LoadResult gateway = m.clientshipThroughGateway.get(0);
        target(out, "EpisodeOfCare through the FHIR gateway at most one extra hop: p50 ≤ 2 × the direct read's (at "
                + direct.load() + ")", String.format(Locale.ROOT, "%.1f ms against %.1f ms", gateway.p50Millis(),
                        direct.p50Millis()), gateway.p50Millis() <= 2 * direct.p50Millis());
        target(out, "each service ready < 3 s (restarted alone)",
                String.format(Locale.ROOT, "slowest %.1f s", slowestStart), slowestStart < 3);
        target(out, "each service < 300 MB resident after load", "largest " + largestMemory + " MB",
                largestMemory < 300);
        new SoakReport(m.soak).targets(out);
    }

    private static void target(StringBuilder out, String target, String measured, boolean met) {
        out.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
