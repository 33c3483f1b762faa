package fi.polku.testkit.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import fi.polku.testkit.Infrastructure;

/**
 * The whole system: PostgreSQL, Kafka and the six services as separate JVMs, and the FHIR gateway in front of
 * them when it is given a port. The local stack runs it on the documented ports; the system tests on free ports.
 */
public final class PolkuSystem implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final Infrastructure infrastructure;
    private final Map<PolkuService, ServiceProcess> services = new EnumMap<>(PolkuService.class);

    public PolkuSystem(Infrastructure infrastructure, Path repositoryRoot, Path logDir,
            Function<PolkuService, ServicePorts> portsOf) {
        this(infrastructure, repositoryRoot, logDir, portsOf, null);
    }

    /** With the FHIR gateway on {@code gatewayPorts} too (null: without it). */
    public PolkuSystem(Infrastructure infrastructure, Path repositoryRoot, Path logDir,
            Function<PolkuService, ServicePorts> portsOf, ServicePorts gatewayPorts) {
        this.infrastructure = infrastructure;
        for (PolkuService service : PolkuService.all()) {
            services.put(service, new ServiceProcess(service, portsOf.apply(service),
                    service.runnerJar(repositoryRoot), logDir.resolve(service.module() + ".log"),
                    environmentFor(service, repositoryRoot)));
        }
        if (gatewayPorts != null) {
            PolkuService gateway = PolkuService.FHIR_GATEWAY;
            services.put(gateway, new ServiceProcess(gateway, gatewayPorts, gateway.runnerJar(repositoryRoot),
                    logDir.resolve(gateway.module() + ".log"), gatewayEnvironment()));
        }
    }

    /** Starts the infrastructure, then every service in parallel; returns each service's time to ready. */
    public Map<PolkuService, Duration> start() {
        infrastructure.start();
        PolkuService.all().forEach(service -> infrastructure.postgres().createDatabase(service.database()));
        Instant startedAt = Instant.now();
        services.values().forEach(ServiceProcess::start);
        Map<PolkuService, CompletableFuture<Duration>> ready = new EnumMap<>(PolkuService.class);
        services.forEach((service, process) -> ready.put(service,
                CompletableFuture.supplyAsync(() -> process.awaitReady(startedAt, READY_TIMEOUT))));
        Map<PolkuService, Duration> startup = new EnumMap<>(PolkuService.class);
        ready.forEach((service, future) -> startup.put(service, future.join()));
        return startup;
    }

    /** Kills the service's JVM at once (SIGKILL), as a crash would. */
    public void kill(PolkuService service) {
        services.get(service).kill();
    }

    /** Starts a stopped or killed service again and waits until it is ready; returns its time to ready. */
    public Duration restart(PolkuService service) {
        ServiceProcess process = services.get(service);
        Instant startedAt = Instant.now();
        process.start();
        return process.awaitReady(startedAt, READY_TIMEOUT);
    }

    public ServiceProcess service(PolkuService service) {
        return services.get(service);
    }

    public String url(PolkuService service) {
        return services.get(service).baseUrl();
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public List<Path> logFiles() {
        return services.values().stream().map(ServiceProcess::logFile).toList();
    }

    @Override
    public void close() {
        services.values().parallelStream().forEach(ServiceProcess::stop);
        infrastructure.close();
    }

    /** The gateway reaches the owning services where this system runs them. */
    private Map<String, String> gatewayEnvironment() {
        return Map.of(
                "QUARKUS_PROFILE", "local",
                "POLKU_INTAKE_URL", url(PolkuService.INTAKE),
                "POLKU_CASE_OWNER_URL", url(PolkuService.CASE_OWNER),
                "POLKU_ASSESSMENT_URL", url(PolkuService.ASSESSMENT),
                "POLKU_COACHING_URL", url(PolkuService.COACHING));
    }

    /** The service starts in its own directory (see ServiceProcess), so paths into the repository are absolute. */
    private Map<String, String> environmentFor(PolkuService service, Path repositoryRoot) {
        return Map.of(
                "QUARKUS_PROFILE", "local",
                "POLKU_DB_URL", infrastructure.postgres().jdbcUrl(service.database()),
                "POLKU_DB_USER", "postgres",
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers(),
                "POLKU_SIGN_IN_TOKENS", repositoryRoot.resolve(".polku/tokens").toAbsolutePath().toString());
    }
}
