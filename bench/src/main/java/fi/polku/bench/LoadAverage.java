package fi.polku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The machine's one-minute load average, sampled through the run: other work on a shared machine shows here, and
 * RESULTS.md says how busy the machine was while it measured.
 */
final class LoadAverage {

    private final List<Double> samples = Collections.synchronizedList(new ArrayList<>());

    LoadAverage startSampling() {
        Thread sampler = new Thread(() -> {
            while (true) {
                samples.add(now());
                Threads.sleep(Duration.ofSeconds(5));
            }
        }, "load-average");
        sampler.setDaemon(true);
        sampler.start();
        return this;
    }

    String summary() {
        List<Double> sorted;
        synchronized (samples) {
            sorted = new ArrayList<>(samples);
        }
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "min %.1f, median %.1f, max %.1f", sorted.get(0),
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    private static double now() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
