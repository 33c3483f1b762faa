package fi.polku.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak's mixed load, open loop as {@link OpenLoopLoad}: requests at a fixed rate whatever the answers, each
 * request's operation taken in turn from a fixed mix, its latency counted from when it was due. Every request is
 * kept as a {@link Sample} (operation, due, answered, outcome), so that it can be placed inside or outside the
 * fault windows once they are known. It runs until {@link #stopAfter} is given and that moment has come.
 */
final class SoakLoad {

    enum Operation {
        REGISTRATION("client registration"), READ("client read"), MEETING("coaching meeting record"),
        SCREENING("screening");

        final String label;

        Operation(String label) {
            this.label = label;
        }
    }

    /** Twenty requests in turn: 6 registrations, 8 reads, 3 meetings, 3 screenings. */
    static final List<Operation> MIX = mix("RDRMDSRDRDMSRDRDSMDD");

    /** The outcome of one request: {@link #OK}, or an error's kind ("503 problem+json", "connection refused"). */
    @FunctionalInterface
    interface Request {
        String call(Operation operation, int worker);
    }

    static final String OK = "ok";
    private static final long LOOK_AT_STOP_NANOS = 50_000_000L;

    record Sample(Operation operation, long dueNanos, long answeredNanos, String outcome) {

        boolean ok() {
            return OK.equals(outcome);
        }

        long latencyMicros() {
            return (answeredNanos - dueNanos) / 1000;
        }

        /** Whether the request was under way at some moment of [from, to]. */
        boolean overlaps(long from, long to) {
            return dueNanos <= to && answeredNanos >= from;
        }
    }

    private final int workers;
    private final AtomicLong stopAt = new AtomicLong(Long.MAX_VALUE);
    private final List<List<Sample>> samples = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private long start;

    SoakLoad(int workers) {
        this.workers = workers;
    }

    /** Starts offering {@code perSecond} requests a second in the mix; answers the first request's due time. */
    long start(String name, double perSecond, Request request) {
        AtomicLong next = new AtomicLong();
        long intervalNanos = Math.round(1e9 / perSecond);
        start = System.nanoTime() + 100_000_000L;
        for (int worker = 0; worker < workers; worker++) {
            int id = worker;
            List<Sample> own = new ArrayList<>();
            samples.add(own);
            threads.add(Threads.start(name + "-" + id, () -> {
                while (true) {
                    long i = next.getAndIncrement();
                    long due = start + i * intervalNanos;
                    // at a low rate a worker's next request is due long after its last: look at the stop meanwhile
                    for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                        if (due >= stopAt.get()) {
                            return;
                        }
                        Threads.sleep(Duration.ofNanos(Math.min(due - now, LOOK_AT_STOP_NANOS)));
                    }
                    if (due >= stopAt.get()) {
                        return;
                    }
                    Operation operation = MIX.get((int) (i % MIX.size()));
                    String outcome;
                    try {
                        outcome = request.call(operation, id);
                    } catch (RuntimeException e) {
                        outcome = "harness: " + e.getClass().getSimpleName();
                    }
                    own.add(new Sample(operation, due, System.nanoTime(), outcome));
                }
            }));
        }
        return start;
    }

    /** Offers no request due at or after {@code nanoTime}; waits for the last answers; answers every request. */
    List<Sample> stopAt(long nanoTime) {
        stopAt.set(nanoTime);
        Threads.joinAll(threads);
        List<Sample> all = new ArrayList<>();
        samples.forEach(all::addAll);
        all.sort((a, b) -> Long.compare(a.dueNanos(), b.dueNanos()));
        return all;
    }

    private static List<Operation> mix(String turns) {
        List<Operation> mix = new ArrayList<>();
        for (char c : turns.toCharArray()) {
            mix.add(switch (c) {
                case 'R' -> Operation.REGISTRATION;
                case 'D' -> Operation.READ;
                case 'M' -> Operation.MEETING;
                case 'S' -> Operation.SCREENING;
                default -> throw new IllegalArgumentException(turns);
            });
        }
        return List.copyOf(mix);
    }
}
