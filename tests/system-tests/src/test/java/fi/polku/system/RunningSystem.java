package fi.polku.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

import fi.polku.testkit.Infrastructure;
import fi.polku.testkit.ProjectFiles;
import fi.polku.testkit.system.PolkuService;
import fi.polku.testkit.system.PolkuSystem;
import fi.polku.testkit.system.ServicePorts;

/**
 * Starts the whole system once for all system tests (PostgreSQL, Kafka, the six services and the FHIR gateway from
 * their built jars, on free ports) and stops it when the test run ends.
 */
public class RunningSystem implements BeforeAllCallback {

    private static final Map<String, Object> STARTED = new ConcurrentHashMap<>();
    private static volatile PolkuSystem system;
    private static volatile Map<PolkuService, Duration> startup;

    public static PolkuSystem system() {
        return system;
    }

    public static Map<PolkuService, Duration> startupTimes() {
        return startup;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        STARTED.computeIfAbsent("system", key -> {
            Path dir = workDirectory();
            Map<PolkuService, ServicePorts> ports = new ConcurrentHashMap<>();
            PolkuService.all().forEach(service -> ports.put(service, ServicePorts.free()));
            system = new PolkuSystem(Infrastructure.onFreePorts(dir), ProjectFiles.root(), Path.of("target/logs"),
                    ports::get, ServicePorts.free());
            startup = system.start();
            context.getRoot().getStore(Namespace.GLOBAL).put("polku-system",
                    (ExtensionContext.Store.CloseableResource) system::close);
            return system;
        });
    }

    private static Path workDirectory() {
        try {
            return Files.createTempDirectory("polku-system-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
