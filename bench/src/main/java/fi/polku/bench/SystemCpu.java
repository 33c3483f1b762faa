package fi.polku.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fi.polku.testkit.system.PolkuService;
import fi.polku.testkit.system.PolkuSystem;

/**
 * CPU time (user + system, from {@code /proc/<pid>/stat}) of every process of the system, to measure what a
 * request costs rather than only how long it takes: on a shared machine the time stretches with other work, the
 * CPU a request needs much less.
 *
 * <ul>
 * <li>the six service JVMs, by the PIDs the {@link PolkuSystem} started;</li>
 * <li>PostgreSQL: the postmaster (its PID from {@code postmaster.pid}) with the CPU of its children that have
 * exited (cutime, cstime) and of those alive (every process whose parent it is);</li>
 * <li>Kafka: the broker runs inside this JVM (the testkit's in-process KRaft broker), so its share is this JVM's
 * CPU minus the load generator's threads: the load workers (each reports its own thread CPU), the HTTP client's
 * threads, the idle check's admin-client thread and the thread taking the measurements. This JVM's GC and JIT
 * threads, which serve the broker and the load generator alike, are counted as Kafka's;</li>
 * <li>tools this JVM ran and waited for (pgbench): the CPU of reaped children of this JVM.</li>
 * </ul>
 */
final class SystemCpu {

    /** Threads of this JVM that belong to the load generator or the measurement, not to the broker. */
    private static final List<String> NOT_THE_BROKER = List.of("HttpClient", "kafka-admin-cli", "load-average");
    /** The JVM's own threads (JIT compilers, garbage collector, VM operations): shown apart within Kafka's share. */
    private static final List<String> JVM_INTERNAL = List.of("C1 ", "C2 ", "GC ", "G1 ", "VM ");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long NANOS_PER_TICK = 1_000_000_000L / clockTicksPerSecond();

    /** CPU used between two samples, in nanoseconds, by part of the system. */
    record Usage(double seconds, Map<PolkuService, Long> services, long postgres, long kafka, long kafkaJvmInternal,
            long tools) {

        long servicesTotal() {
            return services.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Everything but the tools: the system's own CPU. */
        long system() {
            return servicesTotal() + postgres + kafka;
        }

        /** This usage's rate over {@code otherSeconds}: the idle background of a window that long. */
        Usage over(double otherSeconds) {
            double f = otherSeconds / seconds;
            Map<PolkuService, Long> scaled = new EnumMap<>(PolkuService.class);
            services.forEach((service, nanos) -> scaled.put(service, Math.round(nanos * f)));
            return new Usage(otherSeconds, scaled, Math.round(postgres * f), Math.round(kafka * f),
                    Math.round(kafkaJvmInternal * f), Math.round(tools * f));
        }
    }

    /** One reading of every process's cumulative CPU. */
    final class Sample {
        private final long nanoTime = System.nanoTime();
        private final Map<PolkuService, Long> services = new EnumMap<>(PolkuService.class);
        private final long postgres;
        private final long harness;
        private final long reapedChildren;
        private final Map<String, Long> notTheBroker;
        private final Map<String, Long> jvmInternal;
        private final long measuringThread = THREADS.getCurrentThreadCpuTime();

        private Sample() {
            for (PolkuService service : PolkuService.all()) {
                services.put(service, withChildren(stat(Path.of("/proc", Long.toString(system.service(service).pid())))));
            }
            postgres = postgres();
            long[] self = stat(Path.of("/proc/self"));
            harness = (self[0] + self[1]) * NANOS_PER_TICK;
            reapedChildren = (self[2] + self[3]) * NANOS_PER_TICK;
            notTheBroker = threads(NOT_THE_BROKER);
            jvmInternal = threads(JVM_INTERNAL);
        }

        /** CPU since {@code before}; {@code loadWorkers}: the CPU the load workers' threads reported. */
        Usage since(Sample before, long loadWorkers) {
            Map<PolkuService, Long> byService = new EnumMap<>(PolkuService.class);
            services.forEach((service, nanos) -> byService.put(service, nanos - before.services.get(service)));
            long excluded = loadWorkers + (measuringThread - before.measuringThread)
                    + delta(before.notTheBroker, notTheBroker);
            return new Usage((nanoTime - before.nanoTime) / 1e9, byService, postgres - before.postgres,
                    Math.max(0, harness - before.harness - excluded), delta(before.jvmInternal, jvmInternal),
                    reapedChildren - before.reapedChildren);
        }

        private static long delta(Map<String, Long> before, Map<String, Long> after) {
            long sum = 0;
            for (Map.Entry<String, Long> thread : after.entrySet()) {
                sum += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
            }
            return sum;
        }
    }

    private final PolkuSystem system;
    private final Path postgresDataDir;

    SystemCpu(PolkuSystem system, Path postgresDataDir) {
        this.system = system;
        this.postgresDataDir = postgresDataDir;
    }

    Sample sample() {
        return new Sample();
    }

    /** The whole system's CPU while it does nothing, for {@code window}: what a measured window costs anyway. */
    Usage idle(java.time.Duration window) {
        Sample before = sample();
        Threads.sleep(window);
        return sample().since(before, 0);
    }

    /** The current thread's CPU time, for load workers to report their own. */
    static long currentThreadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private long postgres() {
        long postmaster;
        try {
            postmaster = Long.parseLong(Files.readAllLines(postgresDataDir.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read PostgreSQL's postmaster.pid in " + postgresDataDir, e);
        }
        // children first: one exiting in between is counted twice rather than missed (a backend's lifetime is
        // a pooled connection's, so that is rare and small)
        long children = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long[] stat = statOrNull(process);
                if (stat != null && stat[4] == postmaster) {
                    children += (stat[0] + stat[1]) * NANOS_PER_TICK;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list /proc", e);
        }
        return children + withChildren(stat(Path.of("/proc", Long.toString(postmaster))));
    }

    /** CPU of this JVM's threads whose name starts with one of {@code prefixes}, by thread id. */
    private static Map<String, Long> threads(List<String> prefixes) {
        Map<String, Long> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String comm;
                try {
                    comm = Files.readString(task.resolve("comm")).trim();
                } catch (NoSuchFileException e) {
                    continue;
                }
                if (prefixes.stream().anyMatch(comm::startsWith)) {
                    long[] stat = statOrNull(task);
                    if (stat != null) {
                        threads.put(task.getFileName().toString(), (stat[0] + stat[1]) * NANOS_PER_TICK);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list this JVM's threads", e);
        }
        return threads;
    }

    private static long withChildren(long[] stat) {
        return (stat[0] + stat[1] + stat[2] + stat[3]) * NANOS_PER_TICK;
    }

    private static long[] stat(Path process) {
        long[] stat = statOrNull(process);
        if (stat == null) {
            throw new IllegalStateException("No process at " + process);
        }
        return stat;
    }

    /** utime, stime, cutime, cstime (clock ticks) and the parent's PID; null if the process is gone. */
    private static long[] statOrNull(Path process) {
        String line;
        try {
            line = Files.readString(process.resolve("stat"));
        } catch (IOException e) {
            return null;
        }
        // the command name in parentheses may hold spaces; the fields after it are fixed: state ppid ... utime(14)
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                Long.parseLong(fields[14]), Long.parseLong(fields[1])};
    }

    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
