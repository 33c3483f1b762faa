package fi.polku.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A fixed number of workers, each sending its next request as soon as the previous one is answered: the
 * throughput a given concurrency reaches and the latency at it. A warm-up before the measured window lets the
 * JIT compile the hot paths and the pools fill.
 */
final class ClosedLoopLoad {

    /** One request of worker {@code worker} (0 … concurrency-1); answers whether it succeeded. */
    @FunctionalInterface
    interface Operation {
        boolean call(int worker);
    }

    private final Duration warmUp;
    private final Duration measured;

    ClosedLoopLoad(Duration warmUp, Duration measured) {
        this.warmUp = warmUp;
        this.measured = measured;
    }

    LoadResult run(String operation, int concurrency, Operation request) {
        Histogram latencies = new ConcurrentHistogram(Duration.ofMinutes(1).toNanos() / 1000, 3);
        AtomicLong errors = new AtomicLong();
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int worker = 0; worker < concurrency; worker++) {
            int id = worker;
            workers.add(Threads.start("load-" + operation + "-" + id, () -> {
                while (true) {
                    long started = System.nanoTime();
                    if (started >= end) {
                        return;
                    }
                    boolean ok = call(request, id);
                    if (started >= measureFrom) {
                        if (ok) {
                            latencies.recordValue((System.nanoTime() - started) / 1000);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
            }));
        }
        Threads.joinAll(workers);
        return LoadResult.of(operation, concurrency + " concurrent", latencies, errors.get(),
                measured.toNanos() / 1e9);
    }

    static boolean call(Operation request, int worker) {
        try {
            return request.call(worker);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
