package fi.polku.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Requests at a fixed rate, whatever the answers: how users arrive. Each request's latency is counted from the
 * moment it was due, not from when a worker got round to sending it, so a stall shows in the percentiles instead
 * of silently lowering the rate (no coordinated omission).
 */
final class OpenLoopLoad {

    private static final int WORKERS = 64;

    private final Duration duration;

    OpenLoopLoad(Duration duration) {
        this.duration = duration;
    }

    LoadResult run(String operation, double perSecond, ClosedLoopLoad.Operation request) {
        Histogram latencies = new ConcurrentHistogram(Duration.ofMinutes(1).toNanos() / 1000, 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong next = new AtomicLong();
        long total = Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
        long intervalNanos = Math.round(1e9 / perSecond);
        long start = System.nanoTime() + Duration.ofMillis(100).toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int worker = 0; worker < WORKERS; worker++) {
            int id = worker;
            workers.add(Threads.start("rate-" + operation + "-" + id, () -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * intervalNanos;
                    Threads.sleepUntil(due);
                    if (ClosedLoopLoad.call(request, id)) {
                        latencies.recordValue((System.nanoTime() - due) / 1000);
                    } else {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        Threads.joinAll(workers);
        double seconds = (System.nanoTime() - start) / 1e9;
        return LoadResult.of(operation, String.format("%.0f/s offered", perSecond), latencies, errors.get(),
                seconds);
    }
}
