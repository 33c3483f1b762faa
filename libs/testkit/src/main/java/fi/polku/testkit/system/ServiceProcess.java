package fi.polku.testkit.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as its own JVM from its built jar, as it runs in production. */
public final class ServiceProcess {

    private static final String APP_CDS_ARCHIVE = "app-cds.jsa";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final PolkuService service;
    private final ServicePorts ports;
    private final Path jar;
    private final Path logFile;
    private final Map<String, String> environment;
    private Process process;
    private Duration lastStartup;

    public ServiceProcess(PolkuService service, ServicePorts ports, Path jar, Path logFile,
            Map<String, String> environment) {
        this.service = service;
        this.ports = ports;
        this.jar = jar;
        this.logFile = logFile;
        this.environment = Map.copyOf(environment);
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; build the services first (./mvnw install -DskipTests)");
        }
        // -Xms: without it the initial heap is 1/64 of the machine's RAM (all of -Xmx on 24 GiB), the young
        // generation is sized from that and fully touched, and each service sits at 330-440 MB resident (bench/)
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"));
        // The build's AppCDS archive names the jar relative to its directory, so the service starts from there
        if (Files.exists(jar.resolveSibling(APP_CDS_ARCHIVE))) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + APP_CDS_ARCHIVE, "-Xshare:auto"));
        }
        command.addAll(List.of("-jar", jar.getFileName().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(ports.http()));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(ports.management()));
        try {
            Files.createDirectories(logFile.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.module(), e);
        }
    }

    /** Waits until the service answers its readiness probe; returns how long it took from start. */
    public Duration awaitReady(Instant startedAt, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited with " + process.exitValue()
                        + "; see " + logFile);
            }
            if (isReady()) {
                lastStartup = Duration.between(startedAt, Instant.now());
                return lastStartup;
            }
            sleep(100);
        }
        throw new IllegalStateException(service.module() + " was not ready within " + timeout + "; see " + logFile);
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the service to shut down as an orchestrator would (SIGTERM), waiting for it to finish. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor(Duration.ofSeconds(20));
            if (process.isAlive()) {
                kill();
            }
        }
    }

    /** Kills the JVM at once (SIGKILL), as a crash would: no shutdown hooks, nothing flushed. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(10));
        }
    }

    public String baseUrl() {
        return "http://localhost:" + ports.http();
    }

    /** Health and metrics: the management interface, not the public port. */
    public String managementUrl() {
        return "http://localhost:" + ports.management();
    }

    public PolkuService service() {
        return service;
    }

    public int port() {
        return ports.http();
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    private void waitFor(Duration duration) {
        try {
            process.waitFor(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
