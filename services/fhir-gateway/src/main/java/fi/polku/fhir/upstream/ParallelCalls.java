package fi.polku.fhir.upstream;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a call to an owning service alongside the request's own, so that a request needing two services costs the
 * slower of the two calls, not both. When every thread is busy the request's own thread makes the call (then one
 * after the other), so a burst never queues calls behind one another without bound.
 */
@ApplicationScoped
public class ParallelCalls {

    private static final int MAX_THREADS = 64;

    private final AtomicInteger threads = new AtomicInteger();
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "fhir-parallel-call-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    /** {@code call} must not use request-scoped beans: read the caller's token before. */
    public <T> CompletableFuture<T> start(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, pool);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
