package fi.polku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import fi.polku.bench.PolkuClient.Caller;
import fi.polku.bench.PolkuClient.Reply;
import fi.polku.testkit.Infrastructure;
import fi.polku.testkit.ProjectFiles;
import fi.polku.testkit.system.PolkuService;
import fi.polku.testkit.system.PolkuSystem;
import fi.polku.testkit.system.ServicePorts;
import fi.polku.testkit.system.ServiceProcess;

/**
 * {@code ./polku bench [quick|full]}: starts the whole system on this machine (free ports, a fresh temporary data
 * directory; the FHIR gateway in front of the services), seeds a county's data, measures, and writes
 * {@code bench/RESULTS.md}. {@code smoke} mode (the test command's {@code BenchSmokeTest}) runs every phase with tiny
 * counts into another file.
 */
public final class Benchmark {

    private final BenchSettings settings;
    private final PolkuSystem system;
    private final Path workDir;
    private final PolkuWorkload workload;
    private final Postgres postgres;
    private final RegisteredClients clients = new RegisteredClients();
    private final Measurements m = new Measurements();

    private Benchmark(BenchSettings settings, PolkuSystem system, Path workDir) {
        this.settings = settings;
        this.system = system;
        this.workDir = workDir;
        this.workload = new PolkuWorkload(new PolkuClient(system));
        this.postgres = new Postgres(system.infrastructure().postgres());
    }

    public static void main(String[] args) throws IOException {
        BenchSettings settings = BenchSettings.of(args.length > 0 ? args[0] : "quick");
        Path results = Path.of(args.length > 1 ? args[1] : "RESULTS.md");
        run(settings, results);
        System.exit(0);
    }

    /** Starts the system, measures, stops it and writes the report to {@code results}; answers the figures. */
    static Measurements run(BenchSettings settings, Path results) throws IOException {
        ZonedDateTime startedAt = ZonedDateTime.now();
        Path workDir = Files.createTempDirectory("polku-bench-");
        Map<PolkuService, ServicePorts> ports = new EnumMap<>(PolkuService.class);
        PolkuService.all().forEach(service -> ports.put(service, ServicePorts.free()));
        LoadAverage loadAverage = new LoadAverage().startSampling();
        log("Working in " + workDir + " (service logs in logs/); mode " + settings.mode());
        Measurements measurements;
        try (PolkuSystem system = new PolkuSystem(Infrastructure.onFreePorts(workDir), ProjectFiles.root(),
                workDir.resolve("logs"), ports::get, ServicePorts.free())) {
            // Ctrl-C stops the services and the infrastructure too, as with ./polku up
            Thread stop = new Thread(system::close, "bench-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                measurements = new Benchmark(settings, system, workDir).run();
            } finally {
                Runtime.getRuntime().removeShutdownHook(stop);
            }
        }
        deleteRecursively(workDir.resolve("postgres"));
        deleteRecursively(workDir.resolve("kafka"));
        measurements.loadAverage = loadAverage.summary();
        Report report = new Report(settings, MachineInfo.here(), startedAt, measurements);
        System.out.println("\n" + report.tables());
        report.write(results);
        log("Wrote " + results.toAbsolutePath());
        return measurements;
    }

    private Measurements run() {
        log("Starting PostgreSQL, Kafka, the services and the FHIR gateway ...");
        m.startupTogether.putAll(system.start());
        m.serviceJvmOptions = ServiceFootprint.jvmOptions(system.service(PolkuService.INTAKE));
        try (SystemIdle idle = new SystemIdle(postgres, system.infrastructure().kafka().bootstrapServers(),
                settings.idleTimeout())) {
            measure(idle);
            m.idleBefore = idle.waits();
        }
        return m;
    }

    /** Every measured phase starts on an idle system: nothing in an outbox, every consumer caught up. */
    private void measure(SystemIdle idle) {
        log("Seeding case owners, teams, providers and " + settings.seedClients() + " clients ...");
        Seed seed = new Seed(workload, settings, clients);
        seed.referenceData();
        seed.clients(settings.seedClients(), settings.maxConcurrency());
        // every service must know the seeded clients (and their registrars' care relationships) before referring
        idle.awaitBefore("the seed's coaching referrals");
        List<Seed.CoachingEpisode> episodes = seed.coachingEpisodes(settings.maxConcurrency());

        ClosedLoopLoad load = new ClosedLoopLoad(settings.warmUp(), settings.measured());
        for (int concurrency : settings.concurrency()) {
            log("Registration, read and meeting at concurrency " + concurrency + " ...");
            idle.awaitBefore("registration at concurrency " + concurrency);
            m.registration.add(load.run("client registration", concurrency, this::register));
            idle.awaitBefore("read at concurrency " + concurrency);
            m.read.add(load.run("client read", concurrency, this::read));
            idle.awaitBefore("meeting record at concurrency " + concurrency);
            m.meeting.add(load.run("coaching meeting record", concurrency,
                    worker -> workload.recordMeeting(episodes.get(worker).coach(), episodes.get(worker).episodeId())
                            .status() == 201));
        }
        // the gateway's first requests pay for its cold start (HAPI's parser, connections to the services), which
        // would fill a short smoke window: answered before anything is measured
        for (int worker = 0; worker < settings.maxConcurrency() * 5; worker++) {
            ClosedLoopLoad.call(this::readEpisodeOfCare, worker % settings.maxConcurrency());
        }
        for (int concurrency : settings.concurrency()) {
            log("A clientship read directly and as an EpisodeOfCare through the FHIR gateway at concurrency "
                    + concurrency + " ...");
            idle.awaitBefore("clientship read directly at concurrency " + concurrency);
            m.clientshipDirect.add(load.run("clientship read, direct", concurrency, this::readClientship));
            idle.awaitBefore("EpisodeOfCare read through the gateway at concurrency " + concurrency);
            m.clientshipThroughGateway.add(load.run("EpisodeOfCare read, FHIR gateway", concurrency,
                    this::readEpisodeOfCare));
        }
        double half = Measurements.best(m.registration).throughput() / 2;
        log(String.format("Registration at a fixed %.0f/s (half the best rate) ...", half));
        idle.awaitBefore("registration at half the best rate");
        m.registrationAtHalf = new OpenLoopLoad(settings.measured()).run("client registration", half,
                this::register);

        log("Registration → case owner visible, " + settings.caseOwnerSamples() + " samples ...");
        idle.awaitBefore("registration → case owner visible");
        m.caseOwnerVisible = new CaseOwnerVisibility(workload).measure(settings.caseOwnerSamples());

        log("CPU time per registration and per read: " + settings.costRequests() + " of each from "
                + settings.costConcurrency() + " workers, until every consumer has applied their events ...");
        SystemCpu cpu = new SystemCpu(system, workDir.resolve("postgres"));
        RequestCost cost = new RequestCost(cpu, idle, settings.idleWindow());
        m.registrationCost = cost.run("client registration", settings.costConcurrency(), settings.costRequests(),
                this::register);
        m.readCost = cost.run("client read", settings.costConcurrency(), settings.costRequests(), this::read);
        log("Where the CPU goes: the same batches again under a JFR recording in every service ...");
        CpuProfile profile = new CpuProfile(system, idle, workDir.resolve("profile"));
        m.profiles.add(profile.run("client registration", settings.costConcurrency(), settings.costRequests(),
                this::register));
        m.profiles.add(profile.run("client read", settings.costConcurrency(), settings.costRequests(), this::read));

        log("Baselines: pgbench, the outbox relay, Kafka producer-perf ...");
        idle.awaitBefore("pgbench");
        if (PgbenchBaseline.available() || !settings.mode().equals("smoke")) {
            PgbenchBaseline.Result pgbench = new PgbenchBaseline(postgres, workDir.resolve("pgbench"), cpu)
                    .run(settings.concurrency(), settings.pgbenchDuration(), settings.costConcurrency());
            m.pgbench = pgbench.registration();
            m.pgbenchRead = pgbench.read();
        } else {
            log("pgbench is missing (bench/ensure-pgbench.sh installs it as root): the smoke run skips the pgbench"
                    + " baseline, and only it");
        }
        RelayDrain relay = new RelayDrain(postgres);
        idle.awaitBefore("the outbox relay's drain");
        m.relayDrain = relay.run(settings.relayEvents());
        idle.awaitBefore("Kafka producer-perf");
        m.producerPerf = new ProducerPerfBaseline(system.infrastructure().kafka().bootstrapServers(), workDir)
                .run(settings.producerPerfRecords(), relay.averageEventBytes());

        log("Reporting projections: live catch-up and a rebuild over " + settings.projectionEvents() + "+ events ...");
        idle.awaitBefore("the reporting projection catch-up");
        m.projection = new ProjectionCatchUp(system.infrastructure().kafka().bootstrapServers(), postgres, workload)
                .run(settings.projectionEvents(), UUID.fromString(seed.firstProviderId()), seed.firstProviderBusinessId());

        m.clientsRegistered = clients.total();
        idle.awaitBefore("resident memory and start-up alone");
        for (PolkuService service : PolkuService.all()) {
            m.residentMegabytes.put(service, ServiceFootprint.residentMegabytes(system.service(service)));
        }
        log("Restarting each service alone to time its start-up ...");
        for (PolkuService service : settings.restartedAlone()) {
            ServiceProcess process = system.service(service);
            m.startupAlone.put(service, ServiceFootprint.restartAlone(process));
        }

        // last: its restarts of the broker, PostgreSQL and a service cannot disturb another phase's figures
        m.soak = new Soak(system, postgres, workload, clients, episodes, SoakPlan.of(settings),
                settings.maxConcurrency()).run(half, idle);
        m.clientsRegistered = clients.total();
    }

    private boolean read(int worker) {
        return workload.readClient(PolkuWorkload.intakeWorker(worker), clients.anyOf(worker)).status() == 200;
    }

    /** As a coordinator, who sees every client's clientship (case-owner's supervision). */
    private boolean readClientship(int worker) {
        return workload.readClientship(PolkuWorkload.COORDINATOR, clients.anyOf(worker)).status() == 200;
    }

    private boolean readEpisodeOfCare(int worker) {
        return workload.readEpisodeOfCare(PolkuWorkload.COORDINATOR, clients.anyOf(worker)).status() == 200;
    }

    private boolean register(int worker) {
        Caller intakeWorker = PolkuWorkload.intakeWorker(worker);
        Reply reply = workload.registration(intakeWorker);
        if (reply.status() != 201) {
            return false;
        }
        clients.add(worker, UUID.fromString(reply.body().path("id").asText()));
        return true;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void log(String message) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), message);
    }
}
