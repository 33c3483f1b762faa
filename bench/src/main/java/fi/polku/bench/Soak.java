package fi.polku.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;

import fi.polku.bench.PolkuClient.Caller;
import fi.polku.bench.PolkuClient.Reply;
import fi.polku.bench.SoakLoad.Operation;
import fi.polku.bench.SoakLoad.Sample;
import fi.polku.testkit.system.PolkuService;
import fi.polku.testkit.system.PolkuSystem;
import fi.polku.testkit.system.ServiceProcess;

/**
 * Load held through faults (issue 21, item 8): mixed open-loop load (registrations, client reads, coaching meetings,
 * screenings) at half the best registration rate for the soak's length, while the Kafka broker is restarted, then
 * the PostgreSQL server (one server with a database per service, so this is what a restart of a service's database
 * looks like to each service), then one service is killed (SIGKILL) and restarted. Every request is counted by
 * outcome, inside and outside the fault windows; after the load the system is left to become idle and the effects
 * of every accepted request are counted in the services' databases ({@link SoakChecks}).
 */
final class Soak {

    private static final int WORKERS = 128;
    /** The registrations in flight through a fault: those accepted from this long before it until its end. */
    private static final Duration IN_FLIGHT_BEFORE = Duration.ofSeconds(30);
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(5);

    /** One request type's figures: answered requests, how many succeeded, latency of the successes outside windows. */
    record OperationFigures(String operation, long requests, long ok, long failed, long okOutside, double p50Millis,
            double p99Millis, double maxMillis) {
    }

    /** One kind of error of one operation, counted in each fault window and outside all of them. */
    record ErrorFigures(String kind, String operation, List<Long> inWindow, long outside) {

        long total() {
            return outside + inWindow.stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * A fault: its window in seconds from the load's start; the requests that failed after its end and how long
     * after it the last of them was answered (requests succeed again); how long after its end every registration
     * in flight through it ({@link #IN_FLIGHT_BEFORE} before it to its end) had its case owner.
     */
    record FaultFigures(String fault, double fromSeconds, double toSeconds, String detail, long failedAfterEnd,
            double succeedAgainSeconds, int inFlightRegistrations, double caseOwnersCaughtUpSeconds) {

        double seconds() {
            return toSeconds - fromSeconds;
        }
    }

    record Run(Duration planned, double loadSeconds, double offeredPerSecond, String killed, long requests,
            long failed, List<OperationFigures> operations, OperationFigures allOutside, double p99InWindowsMillis,
            List<FaultFigures> faults, List<ErrorFigures> errors, double idleAfterSeconds,
            List<SoakChecks.Check> checks) {

        /** Whether every error was a 503 problem+json answered while the database restart was under way. */
        boolean only503DuringDatabaseRestart() {
            return errors.stream().allMatch(e -> e.kind().equals("HTTP 503 problem+json") && e.outside() == 0
                    && e.total() == e.inWindow().get(DATABASE));
        }

        boolean exactlyOnce() {
            return checks.stream().allMatch(SoakChecks.Check::ok);
        }
    }

    static final int BROKER = 0;
    static final int DATABASE = 1;
    static final int SERVICE = 2;

    private record Accepted(UUID id, long atNanos) {
    }

    private record Window(String fault, long fromNanos, long toNanos, String detail) {
    }

    private final PolkuSystem system;
    private final Postgres postgres;
    private final PolkuWorkload workload;
    private final RegisteredClients clients;
    private final List<Seed.CoachingEpisode> episodes;
    private final SoakPlan plan;
    private final int personas;
    private final Map<Operation, ConcurrentLinkedQueue<Accepted>> accepted = new EnumMap<>(Operation.class);
    private final Map<Operation, ConcurrentLinkedQueue<String>> unanswered = new EnumMap<>(Operation.class);
    private final List<Window> windows = new ArrayList<>();
    private final Map<Integer, Double> caughtUp = new TreeMap<>();
    private final Map<Integer, Integer> inFlight = new TreeMap<>();

    Soak(PolkuSystem system, Postgres postgres, PolkuWorkload workload, RegisteredClients clients,
            List<Seed.CoachingEpisode> episodes, SoakPlan plan, int personas) {
        this.system = system;
        this.postgres = postgres;
        this.workload = workload;
        this.clients = clients;
        this.episodes = episodes;
        this.plan = plan;
        this.personas = personas;
        for (Operation operation : Operation.values()) {
            accepted.put(operation, new ConcurrentLinkedQueue<>());
            unanswered.put(operation, new ConcurrentLinkedQueue<>());
        }
    }

    /** Warm-up (not counted: the services were just restarted), the idle check, then the soak and its checks. */
    Run run(double perSecond, SystemIdle idle) {
        Benchmark.log(String.format("Soak: warming up the mix at %.0f/s for %d s ...", perSecond,
                plan.warmUp().toSeconds()));
        SoakLoad warmUp = new SoakLoad(WORKERS);
        long warmUpStart = warmUp.start("soak-warm-up", perSecond, this::call);
        warmUp.stopAt(warmUpStart + plan.warmUp().toNanos());
        accepted.values().forEach(ConcurrentLinkedQueue::clear);
        unanswered.values().forEach(ConcurrentLinkedQueue::clear);
        idle.awaitBefore("the soak with faults");

        Benchmark.log(String.format("Soak: %.0f s of mixed load at %.0f/s; the broker restarted at %.0f s, PostgreSQL"
                + " at %.0f s, %s killed and restarted at %.0f s ...", seconds(plan.duration()), perSecond,
                seconds(plan.faultDue(BROKER)), seconds(plan.faultDue(DATABASE)), plan.killed().module(),
                seconds(plan.faultDue(SERVICE))));
        Instant wallStart = Instant.now();
        SoakLoad load = new SoakLoad(WORKERS);
        long start = load.start("soak", perSecond, this::call);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> watchers = new ArrayList<>();
        Thread faults = Threads.start("soak-faults", () -> {
            try {
                for (int fault = BROKER; fault <= SERVICE; fault++) {
                    Threads.sleepUntil(start + plan.faultDue(fault).toNanos());
                    Window window = fault(fault);
                    windows.add(window);
                    Benchmark.log(String.format("Soak: %s from %.1f s to %.1f s (%s)", window.fault(),
                            (window.fromNanos() - start) / 1e9, (window.toNanos() - start) / 1e9, window.detail()));
                    watchers.add(watchCaseOwners(fault, window));
                }
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        Threads.joinAll(List.of(faults));
        long stop = Math.max(start + plan.duration().toNanos(), System.nanoTime() + plan.tail().toNanos());
        List<Sample> samples = load.stopAt(stop);
        Instant wallEnd = Instant.now();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("A fault of the soak failed", failure.get());
        }
        Threads.joinAll(watchers);

        Benchmark.log("Soak: " + samples.size() + " requests; waiting until the system is idle, then counting the"
                + " effects of every accepted request ...");
        long idleFrom = System.nanoTime();
        awaitIdle(idle);
        double idleAfter = (System.nanoTime() - idleFrom) / 1e9;
        List<SoakChecks.Check> checks = new SoakChecks(postgres, wallStart, wallEnd).run(
                ids(Operation.REGISTRATION), ids(Operation.SCREENING), ids(Operation.MEETING),
                unanswered.get(Operation.REGISTRATION).size(), unanswered.get(Operation.SCREENING).size(),
                unanswered.get(Operation.MEETING).size());
        return figures(samples, start, perSecond, loadSeconds, idleAfter, checks);
    }

    /** One request of the mix as load worker {@code worker}; answers {@link SoakLoad#OK} or the error's kind. */
    private String call(Operation operation, int worker) {
        int persona = worker % personas;
        Caller intakeWorker = PolkuWorkload.intakeWorker(persona);
        try {
            Reply reply;
            int expected;
            switch (operation) {
                case REGISTRATION -> {
                    reply = workload.registration(intakeWorker);
                    expected = 201;
                }
                case READ -> {
                    reply = workload.readClient(intakeWorker, clients.anyOf(persona));
                    expected = 200;
                }
                case MEETING -> {
                    Seed.CoachingEpisode episode = episodes.get(persona % episodes.size());
                    reply = workload.recordMeeting(episode.coach(), episode.episodeId());
                    expected = 201;
                }
                case SCREENING -> {
                    reply = workload.recordScreening(intakeWorker, clients.anyOf(persona));
                    expected = 201;
                }
                default -> throw new IllegalArgumentException(operation.name());
            }
            if (reply.status() != expected) {
                return "HTTP " + reply.status() + (reply.problemJson() ? " problem+json" : " (not problem+json)");
            }
            if (expected == 201) {
                UUID id = UUID.fromString(reply.body().path("id").asText());
                if (operation == Operation.REGISTRATION) {
                    clients.add(persona, id);
                }
                accepted.get(operation).add(new Accepted(id, System.nanoTime()));
            }
            return SoakLoad.OK;
        } catch (UncheckedIOException e) {
            String kind = kindOf(e.getCause());
            if (!kind.equals("connection refused")) {
                // sent, perhaps applied, never answered: the checks allow for it
                unanswered.get(operation).add(kind);
            }
            return kind;
        }
    }

    private static String kindOf(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "connect timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within 30 s";
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("header parser received no bytes") || message.contains("reset")
                || message.contains("closed")) {
            return "connection closed without an answer";
        }
        return "I/O error: " + e.getClass().getSimpleName();
    }

    private Window fault(int fault) {
        long from = System.nanoTime();
        switch (fault) {
            case BROKER -> {
                var kafka = system.infrastructure().kafka();
                kafka.stop();
                try {
                    Threads.sleep(plan.brokerDown());
                } finally {
                    kafka.start();
                }
                return new Window("Kafka broker restarted", from, System.nanoTime(),
                        String.format("stopped, %.0f s down, started again", seconds(plan.brokerDown())));
            }
            case DATABASE -> {
                var server = system.infrastructure().postgres();
                server.stop();
                try {
                    Threads.sleep(plan.databaseDown());
                } finally {
                    server.start();
                }
                long back = System.nanoTime();
                double ready = awaitEveryServiceReady(back);
                return new Window("PostgreSQL restarted", from, back, String.format(
                        "stopped, %.0f s down, started again; every service ready %.1f s after it was back",
                        seconds(plan.databaseDown()), ready));
            }
            default -> {
                PolkuService killed = plan.killed();
                system.kill(killed);
                Duration ready;
                try {
                    Threads.sleep(plan.killedDown());
                } finally {
                    ready = system.restart(killed);
                }
                return new Window(killed.module() + " killed and restarted", from, System.nanoTime(), String.format(
                        "SIGKILL, started again after %.1f s, ready %.1f s after its start", seconds(plan.killedDown()),
                        ready.toMillis() / 1000.0));
            }
        }
    }

    /** Seconds from {@code since} until every service and the gateway answer their readiness probe again. */
    private double awaitEveryServiceReady(long since) {
        List<ServiceProcess> processes = new ArrayList<>();
        PolkuService.all().forEach(service -> processes.add(system.service(service)));
        processes.add(system.service(PolkuService.FHIR_GATEWAY));
        Threads.await("every service ready after the PostgreSQL restart", Duration.ofMinutes(2),
                Duration.ofMillis(100), () -> processes.stream().allMatch(ServiceProcess::isReady));
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * How long after the fault's end every registration in flight through it had its case owner (case-owner's
     * {@code case_owner_change}): the event stream's recovery, which no request answer shows.
     */
    private Thread watchCaseOwners(int fault, Window window) {
        long from = window.fromNanos() - IN_FLIGHT_BEFORE.toNanos();
        List<String> ids = accepted.get(Operation.REGISTRATION).stream()
                .filter(a -> a.atNanos() >= from && a.atNanos() <= window.toNanos()).map(a -> a.id().toString())
                .toList();
        synchronized (inFlight) {
            inFlight.put(fault, ids.size());
        }
        return Threads.start("soak-case-owners-" + fault, () -> {
            String joined = String.join(",", ids);
            long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
            double seconds = Double.NaN;
            while (!ids.isEmpty() && System.nanoTime() < deadline) {
                try {
                    long assigned = postgres.count(PolkuService.CASE_OWNER.database(), "SELECT count(DISTINCT "
                            + "client_id) FROM case_owner_change WHERE client_id = ANY (string_to_array(?, ',')::uuid[])",
                            joined);
                    if (assigned >= ids.size()) {
                        seconds = Math.max(0, (System.nanoTime() - window.toNanos()) / 1e9);
                        break;
                    }
                } catch (IllegalStateException e) {
                    // PostgreSQL restarted by the next fault: look again
                }
                Threads.sleep(Duration.ofMillis(100));
            }
            synchronized (caughtUp) {
                caughtUp.put(fault, seconds);
            }
        });
    }

    /**
     * The idle check keeps a connection per database, which the PostgreSQL restart broke: each failed look drops
     * the broken one and the next opens it again, so it is asked again up to once per database.
     */
    private static void awaitIdle(SystemIdle idle) {
        for (int attempt = 0; ; attempt++) {
            try {
                idle.await("the soak's effects counted");
                return;
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof SQLException) || attempt > PolkuService.all().size()) {
                    throw e;
                }
            }
        }
    }

    private List<String> ids(Operation operation) {
        return accepted.get(operation).stream().map(a -> a.id().toString()).toList();
    }

    private Run figures(List<Sample> samples, long start, double perSecond, double loadSeconds, double idleAfter,
            List<SoakChecks.Check> checks) {
        List<OperationFigures> operations = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            operations.add(operationFigures(operation.label,
                    samples.stream().filter(s -> s.operation() == operation).toList()));
        }
        OperationFigures all = operationFigures("all", samples);
        Histogram inWindows = histogram();
        samples.stream().filter(s -> s.ok() && inWindow(s) >= 0).forEach(s -> inWindows.recordValue(s.latencyMicros()));

        Map<String, long[]> errorCounts = new LinkedHashMap<>();
        for (Sample sample : samples) {
            if (!sample.ok()) {
                long[] counts = errorCounts.computeIfAbsent(sample.outcome() + "\u0000" + sample.operation().label,
                        k -> new long[windows.size() + 1]);
                int window = inWindow(sample);
                counts[window < 0 ? windows.size() : window]++;
            }
        }
        List<ErrorFigures> errors = new ArrayList<>();
        errorCounts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] key = e.getKey().split("\u0000");
            long[] counts = e.getValue();
            List<Long> inWindow = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                inWindow.add(counts[i]);
            }
            errors.add(new ErrorFigures(key[0], key[1], inWindow, counts[windows.size()]));
        });

        List<FaultFigures> faults = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            Window window = windows.get(i);
            long until = i + 1 < windows.size() ? windows.get(i + 1).fromNanos() : Long.MAX_VALUE;
            List<Sample> failedAfter = samples.stream().filter(s -> !s.ok() && s.answeredNanos() > window.toNanos()
                    && s.dueNanos() < until).toList();
            double succeedAgain = failedAfter.stream().mapToLong(Sample::answeredNanos).max()
                    .stream().mapToDouble(t -> (t - window.toNanos()) / 1e9).findFirst().orElse(0);
            faults.add(new FaultFigures(window.fault(), (window.fromNanos() - start) / 1e9,
                    (window.toNanos() - start) / 1e9, window.detail(), failedAfter.size(), succeedAgain,
                    inFlight.getOrDefault(i, 0), caughtUp.getOrDefault(i, Double.NaN)));
        }
        long failed = samples.stream().filter(s -> !s.ok()).count();
        Benchmark.log("Soak: errors by kind " + samples.stream().filter(s -> !s.ok())
                .collect(Collectors.groupingBy(Sample::outcome, TreeMap::new, Collectors.counting())));
        return new Run(plan.duration(), loadSeconds, perSecond, plan.killed().module(), samples.size(), failed,
                operations, all, inWindows.getTotalCount() == 0 ? 0 : inWindows.getValueAtPercentile(99) / 1000.0,
                faults, errors, idleAfter, checks);
    }

    private OperationFigures operationFigures(String label, List<Sample> samples) {
        Histogram outside = histogram();
        long ok = 0;
        for (Sample sample : samples) {
            if (sample.ok()) {
                ok++;
                if (inWindow(sample) < 0) {
                    outside.recordValue(Math.max(0, sample.latencyMicros()));
                }
            }
        }
        return new OperationFigures(label, samples.size(), ok, samples.size() - ok, outside.getTotalCount(),
                outside.getValueAtPercentile(50) / 1000.0, outside.getValueAtPercentile(99) / 1000.0,
                outside.getMaxValue() / 1000.0);
    }

    /** The fault window the request was under way in, or -1. */
    private int inWindow(Sample sample) {
        for (int i = 0; i < windows.size(); i++) {
            if (sample.overlaps(windows.get(i).fromNanos(), windows.get(i).toNanos())) {
                return i;
            }
        }
        return -1;
    }

    private static Histogram histogram() {
        return new Histogram(3);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
