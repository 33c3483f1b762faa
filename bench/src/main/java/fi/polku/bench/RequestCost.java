package fi.polku.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CPU a request costs the whole system: from an idle system, a batch of requests from a few workers, then the
 * wait until the system is idle again (every event the requests caused applied by every consumer); the CPU of all
 * its processes over that span ({@link SystemCpu}) divided by the requests. The idle system's own CPU over the
 * same span (measured just before, over a window of its own) is given too, and taken off in the net figure.
 */
final class RequestCost {

    record Run(String operation, int concurrency, long requests, long errors, SystemCpu.Usage gross,
            SystemCpu.Usage background) {

        /** Milliseconds of CPU per request of {@code nanos} spent on the batch. */
        double perRequestMillis(long nanos) {
            return nanos / 1e6 / requests;
        }

        double netSystemMillis() {
            return perRequestMillis(gross.system() - background.system());
        }
    }

    private final SystemCpu cpu;
    private final SystemIdle idle;
    private final Duration idleWindow;

    RequestCost(SystemCpu cpu, SystemIdle idle, Duration idleWindow) {
        this.cpu = cpu;
        this.idle = idle;
        this.idleWindow = idleWindow;
    }

    Run run(String operation, int concurrency, int requests, ClosedLoopLoad.Operation request) {
        idle.awaitBefore("CPU cost of " + operation);
        // the idle system's CPU, polled by the idle check as the wait after the batch polls it
        SystemCpu.Sample idleFrom = cpu.sample();
        long idleUntil = System.nanoTime() + idleWindow.toNanos();
        while (System.nanoTime() < idleUntil) {
            idle.await("the idle window before the " + operation + " batch");
            Threads.sleep(Duration.ofMillis(200));
        }
        SystemCpu.Usage idleUsage = cpu.sample().since(idleFrom, 0);
        SystemCpu.Sample before = cpu.sample();
        Batch batch = send(concurrency, requests, request);
        idle.await("the events of the " + operation + " batch to be applied");
        SystemCpu.Usage gross = cpu.sample().since(before, batch.workerCpu());
        return new Run(operation, concurrency, requests - batch.errors(), batch.errors(), gross,
                idleUsage.over(gross.seconds()));
    }

    /** The batch's failed requests and the CPU its workers' own threads used (nanoseconds). */
    record Batch(long errors, long workerCpu) {
    }

    /** {@code requests} requests from {@code concurrency} workers, each sending its next when one is answered. */
    static Batch send(int concurrency, int requests, ClosedLoopLoad.Operation request) {
        AtomicInteger remaining = new AtomicInteger(requests);
        AtomicLong errors = new AtomicLong();
        LongAdder workerCpu = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        for (int worker = 0; worker < concurrency; worker++) {
            int id = worker;
            workers.add(Threads.start("cost-" + id, () -> {
                long started = SystemCpu.currentThreadCpu();
                try {
                    while (remaining.getAndDecrement() > 0) {
                        if (!ClosedLoopLoad.call(request, id)) {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    workerCpu.add(SystemCpu.currentThreadCpu() - started);
                }
            }));
        }
        Threads.joinAll(workers);
        return new Batch(errors.get(), workerCpu.sum());
    }
}
