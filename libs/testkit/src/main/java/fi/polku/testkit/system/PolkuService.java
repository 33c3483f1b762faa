package fi.polku.testkit.system;

import java.nio.file.Path;
import java.util.List;

/**
 * The services: module, short name (event types, API spec folder), database and documented port. The FHIR gateway
 * owns no data (no database, no events), so {@link #all()} is the six services that own data.
 */
public enum PolkuService {
    INTAKE("intake-service", "intake", "intake", 8081),
    CASE_OWNER("case-owner-service", "case-owner", "case_owner", 8082),
    ASSESSMENT("assessment-service", "assessment", "assessment", 8083),
    COACHING("coaching-service", "coaching", "coaching", 8084),
    REPORTING("reporting-service", "reporting", "reporting", 8085),
    PARTNER("partner-service", "partner", "partner", 8087),
    FHIR_GATEWAY("fhir-gateway", "fhir-gateway", null, 8086);

    private final String module;
    private final String shortName;
    private final String database;
    private final int localPort;

    PolkuService(String module, String shortName, String database, int localPort) {
        this.module = module;
        this.shortName = shortName;
        this.database = database;
        this.localPort = localPort;
    }

    /** The six services that own data, each with its database and events. */
    public static List<PolkuService> all() {
        return List.of(INTAKE, CASE_OWNER, ASSESSMENT, COACHING, REPORTING, PARTNER);
    }

    public String module() {
        return module;
    }

    public String shortName() {
        return shortName;
    }

    public String database() {
        return database;
    }

    public int localPort() {
        return localPort;
    }

    /** The Quarkus fast-jar launcher built by {@code mvn package}. */
    public Path runnerJar(Path repositoryRoot) {
        return repositoryRoot.resolve("services").resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
