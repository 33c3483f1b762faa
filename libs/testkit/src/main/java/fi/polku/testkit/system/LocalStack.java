package fi.polku.testkit.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import fi.polku.testkit.Infrastructure;
import fi.polku.testkit.KafkaBroker;
import fi.polku.testkit.PostgresServer;
import fi.polku.testkit.ProjectFiles;
import fi.polku.testkit.demo.DemoCounty;

/**
 * {@code ./polku up}: the whole system on this machine with no Docker — PostgreSQL on 15432, Kafka on 19092 and
 * the services on 8081–8085 — until Ctrl-C. Data is kept in {@code .polku/} between runs. With {@code --demo} it
 * then loads the fictional demo county through the public APIs ({@link DemoCounty}; a second time changes nothing).
 */
public final class LocalStack {

    public static final int POSTGRES_PORT = 15432;
    public static final int KAFKA_PORT = 19092;

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Instant began = Instant.now();
        boolean demo = Arrays.asList(args).contains("--demo");
        Path root = ProjectFiles.root();
        Path data = root.resolve(".polku");
        Infrastructure infrastructure = new Infrastructure(new PostgresServer(data.resolve("postgres"), POSTGRES_PORT),
                new KafkaBroker(data.resolve("kafka"), KAFKA_PORT));
        PolkuSystem system = new PolkuSystem(infrastructure, root, data.resolve("logs"), ServicePorts::local,
                ServicePorts.local(PolkuService.FHIR_GATEWAY));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Polku ...");
            system.close();
            stopped.countDown();
        }, "polku-stop"));

        System.out.println("Starting PostgreSQL (" + POSTGRES_PORT + "), Kafka (" + KAFKA_PORT
                + "), the six services and the FHIR gateway ...");
        TokenFiles.write(data.resolve("tokens"));
        Map<PolkuService, Duration> startup = system.start();
        printSummary(system, startup, Duration.between(began, Instant.now()), data);
        if (demo) {
            loadDemo(system, began);
        }
        stopped.await();
    }

    private static void loadDemo(PolkuSystem system, Instant began) {
        System.out.println("Loading the demo county through the public APIs ...");
        try {
            DemoCounty.Loaded loaded = new DemoCounty(system::url).load();
            System.out.println(DemoCounty.summary(loaded) + " Polku was filled "
                    + Duration.between(began, Instant.now()).toSeconds() + " s after the start.\n");
            System.out.println(DemoCounty.exampleCalls(system::url));
        } catch (RuntimeException e) {
            // the services keep running: the logs in .polku/logs say more, and a second --demo picks up where this stopped
            System.out.println("The demo county could not be loaded: " + e.getMessage());
        }
        System.out.println("\nPress Ctrl-C to stop everything.");
    }

    private static void printSummary(PolkuSystem system, Map<PolkuService, Duration> startup, Duration total,
            Path data) {
        StringBuilder out = new StringBuilder("\nPolku is up (").append(total.toMillis()).append(" ms).\n\n");
        out.append(String.format("  %-20s %-24s %-38s %-34s %s%n", "service", "URL", "Swagger UI",
                "health and metrics", "ready after"));
        for (PolkuService service : PolkuService.all()) {
            String url = system.url(service);
            out.append(String.format("  %-20s %-24s %-38s %-34s %d ms%n", service.module(), url, url + "/q/swagger-ui",
                    system.service(service).managementUrl() + "/q/metrics", startup.get(service).toMillis()));
        }
        out.append("  FHIR R4:    ").append(system.url(PolkuService.FHIR_GATEWAY)).append("/fhir/R4/metadata\n");
        out.append("\n  Dashboard:  ").append(system.url(PolkuService.REPORTING))
                .append("/sign-in.html (choose an analyst: no token to paste)\n");
        out.append("  PostgreSQL: jdbc:postgresql://localhost:").append(POSTGRES_PORT)
                .append("/<intake|case_owner|assessment|coaching|reporting|partner> (user postgres)\n");
        out.append("  Kafka:      localhost:").append(KAFKA_PORT).append('\n');
        out.append("  Logs:       ").append(data.resolve("logs")).append('\n');
        out.append("\n  A token:    ./polku token <role> [organisation] [subject]   (roles: intake-worker, case-owner,\n");
        out.append("              team-member, job-coach, coordinator, analyst, auditor)\n");
        out.append("  e.g.        curl -H \"Authorization: Bearer $(./polku token analyst)\" ")
                .append(system.url(PolkuService.REPORTING)).append("/api/v1/kpis\n");
        out.append("\nPress Ctrl-C to stop everything.\n");
        System.out.println(out);
    }
}
