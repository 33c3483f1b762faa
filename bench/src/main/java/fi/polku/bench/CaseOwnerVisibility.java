package fi.polku.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * End to end through the event stream: from sending a client's registration to intake until the case-owner
 * service answers that the client has an assigned case owner (intake's outbox, the relay, Kafka, case-owner's
 * consumer and its assignment rules, and case-owner's API). Polled every 10 ms, so figures are ±10 ms.
 */
final class CaseOwnerVisibility {

    private static final int PROBES = 4;
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final PolkuWorkload workload;

    CaseOwnerVisibility(PolkuWorkload workload) {
        this.workload = workload;
    }

    LoadResult measure(int samples) {
        Histogram latencies = new ConcurrentHistogram(GIVE_UP.toNanos() / 1000, 3);
        AtomicInteger remaining = new AtomicInteger(samples);
        AtomicLong errors = new AtomicLong();
        long began = System.nanoTime();
        List<Thread> probes = new ArrayList<>();
        for (int probe = 0; probe < PROBES; probe++) {
            int id = probe;
            probes.add(Threads.start("case-owner-probe-" + id, () -> {
                while (remaining.getAndDecrement() > 0) {
                    long sent = System.nanoTime();
                    try {
                        UUID client = workload.registerClient(PolkuWorkload.intakeWorker(id));
                        Threads.await("case owner of " + client, GIVE_UP, POLL,
                                () -> workload.caseOwnerAssigned(client));
                        latencies.recordValue((System.nanoTime() - sent) / 1000);
                    } catch (RuntimeException e) {
                        if (errors.incrementAndGet() <= 3) {
                            Benchmark.log("case-owner probe failed: " + e.getMessage());
                        }
                    }
                }
            }));
        }
        Threads.joinAll(probes);
        return LoadResult.of("registration → case owner visible", PROBES + " concurrent probes", latencies,
                errors.get(), (System.nanoTime() - began) / 1e9);
    }
}
