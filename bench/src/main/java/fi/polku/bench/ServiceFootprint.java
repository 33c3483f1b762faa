package fi.polku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import fi.polku.testkit.system.ServiceProcess;

/** A service's resident memory (from /proc) and its time from launch to ready when started on its own. */
final class ServiceFootprint {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private ServiceFootprint() {
    }

    static long residentMegabytes(ServiceProcess service) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(service.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            throw new IllegalStateException("No VmRSS for " + service.service().module());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the memory of " + service.service().module(), e);
        }
    }

    /** The JVM options the service runs with, from its command line in /proc. */
    static String jvmOptions(ServiceProcess service) {
        try {
            String[] arguments = Files.readString(Path.of("/proc", Long.toString(service.pid()), "cmdline"))
                    .split("\0");
            return String.join(" ", Arrays.asList(arguments).subList(1, arguments.length - 2));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the command line of " + service.service().module(), e);
        }
    }

    /** Stops the service and starts it again alone, its database already migrated: the time a restart takes. */
    static Duration restartAlone(ServiceProcess service) {
        service.stop();
        Instant launched = Instant.now();
        service.start();
        return service.awaitReady(launched, READY_TIMEOUT);
    }
}
