package fi.polku.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.polku.testkit.ProjectFiles;
import fi.polku.testkit.system.PolkuService;

/**
 * The benchmark harness in its smoke mode (tiny counts), so that it cannot silently break: every phase must run
 * and produce its figures, and the system must have been found idle before each measured phase. Nothing about
 * speed is asserted: the figures of a smoke run mean nothing (RESULTS.md is written by {@code ./polku bench full}).
 */
class BenchSmokeTest {

    @Test
    void everyPhaseRunsAndProducesItsFigures(@TempDir Path dir) throws IOException {
        Path committedResults = ProjectFiles.resolve("bench/RESULTS.md");
        String committedBefore = Files.readString(committedResults);
        BenchSettings settings = BenchSettings.of("smoke");
        Path results = dir.resolve("RESULTS-smoke.md");

        Measurements m = Benchmark.run(settings, results);

        assertThat(Files.readString(committedResults)).as("bench/RESULTS.md is left alone").isEqualTo(committedBefore);
        for (List<LoadResult> phase : List.of(m.registration, m.read, m.meeting, m.clientshipDirect,
                m.clientshipThroughGateway)) {
            assertThat(phase).hasSize(settings.concurrency().size());
            phase.forEach(BenchSmokeTest::assertAnswered);
        }
        assertAnswered(m.registrationAtHalf);
        assertAnswered(m.caseOwnerVisible);
        assertThat(m.caseOwnerVisible.requests()).isEqualTo(settings.caseOwnerSamples());

        for (RequestCost.Run cost : List.of(m.registrationCost, m.readCost)) {
            assertThat(cost.requests()).as(cost.operation() + " cost requests").isEqualTo(settings.costRequests());
            assertThat(cost.errors()).as(cost.operation() + " cost errors").isZero();
            assertThat(cost.gross().services().get(PolkuService.INTAKE)).as(cost.operation() + ": intake's CPU")
                    .isPositive();
            assertThat(cost.gross().postgres()).as(cost.operation() + ": PostgreSQL's CPU").isPositive();
            assertThat(cost.gross().system()).isGreaterThanOrEqualTo(cost.gross().servicesTotal());
            assertThat(cost.background().seconds()).isEqualTo(cost.gross().seconds());
        }
        assertThat(m.profiles).extracting(CpuProfile.Run::operation).containsExactly("client registration",
                "client read");
        for (CpuProfile.Run profile : m.profiles) {
            assertThat(profile.requests()).as(profile.operation() + " profile requests")
                    .isEqualTo(settings.costRequests());
            assertThat(profile.errors()).as(profile.operation() + " profile errors").isZero();
            assertThat(profile.services().keySet()).containsExactlyElementsOf(PolkuService.all());
        }
        assertThat(m.profiles.get(0).services().get(PolkuService.INTAKE).total())
                .as("intake's execution samples in the registration batch").isPositive();
        if (PgbenchBaseline.available()) {
            assertThat(m.pgbench).hasSize(settings.concurrency().size());
            List<PgbenchBaseline.Run> runs = new ArrayList<>(m.pgbench);
            runs.add(m.pgbenchRead);
            for (PgbenchBaseline.Run run : runs) {
                assertThat(run.tps()).as("pgbench tps at " + run.clients()).isPositive();
                assertThat(run.transactions()).isPositive();
                assertThat(run.cpu().postgres()).as("PostgreSQL's CPU under pgbench").isPositive();
            }
        } else {
            assertThat(m.pgbench).isEmpty();
            assertThat(m.pgbenchRead).isNull();
        }
        assertThat(m.relayDrain.events()).isEqualTo(settings.relayEvents());
        assertThat(m.relayDrain.eventsPerSecond()).isPositive();
        assertThat(m.producerPerf.records()).isEqualTo(settings.producerPerfRecords());
        assertThat(m.producerPerf.recordsPerSecond()).isPositive();
        assertThat(m.projection.published()).isPositive();
        assertThat(m.projection.rebuildRecords()).isGreaterThanOrEqualTo(m.projection.published());
        assertThat(m.projection.rebuildFailed()).isZero();
        for (PolkuService service : PolkuService.all()) {
            assertThat(m.startupTogether.get(service)).as(service + " ready together").isPositive();
            assertThat(m.residentMegabytes.get(service)).as(service + " resident memory").isPositive();
        }

        assertThat(m.startupTogether.get(PolkuService.FHIR_GATEWAY)).as("the FHIR gateway ready").isPositive();
        assertThat(m.startupAlone.keySet()).containsExactlyElementsOf(settings.restartedAlone());
        m.startupAlone.forEach((service, startup) -> assertThat(startup).as(service + " ready alone").isPositive());

        List<String> phases = new ArrayList<>(List.of("the seed's coaching referrals"));
        for (int concurrency : settings.concurrency()) {
            phases.addAll(List.of("registration at concurrency " + concurrency, "read at concurrency " + concurrency,
                    "meeting record at concurrency " + concurrency));
        }
        for (int concurrency : settings.concurrency()) {
            phases.addAll(List.of("clientship read directly at concurrency " + concurrency,
                    "EpisodeOfCare read through the gateway at concurrency " + concurrency));
        }
        phases.addAll(List.of("registration at half the best rate", "registration → case owner visible",
                "CPU cost of client registration", "CPU cost of client read", "the profile of client registration",
                "the profile of client read", "pgbench", "the outbox relay's drain",
                "Kafka producer-perf", "the reporting projection catch-up", "resident memory and start-up alone",
                "the soak with faults"));
        assertThat(m.idleBefore).extracting(SystemIdle.Wait::before).containsExactlyElementsOf(phases);
        assertThat(m.idleBefore).allSatisfy(wait -> assertThat(wait.idle()).as("idle before " + wait.before()).isTrue());

        Soak.Run soak = m.soak;
        assertThat(soak.requests()).as("soak requests").isPositive();
        assertThat(soak.operations()).hasSize(SoakLoad.Operation.values().length)
                .allSatisfy(o -> assertThat(o.requests()).as(o.operation() + " in the soak").isPositive());
        assertThat(soak.faults()).extracting(Soak.FaultFigures::fault).containsExactly("Kafka broker restarted",
                "PostgreSQL restarted", "case-owner-service killed and restarted");
        assertThat(soak.faults()).allSatisfy(f -> assertThat(f.toSeconds()).isGreaterThan(f.fromSeconds()));
        assertThat(soak.checks()).isNotEmpty();

        String report = Files.readString(results);
        assertThat(report).contains("## Throughput and latency", "## Through the FHIR gateway",
                "## Next to the limits of the database and the broker",
                "## CPU time per request", "## Where the CPU goes", "## Reporting projection catch-up",
                "## Services", "## Targets", "## Idle before each measured phase", "## Soak with faults",
                Report.KEPT_MARKER)
                .doesNotContain("NaN", "Infinity");
    }

    private static void assertAnswered(LoadResult result) {
        assertThat(result.requests()).as(result.operation() + " at " + result.load() + ": requests answered")
                .isPositive();
        assertThat(result.errors()).as(result.operation() + " at " + result.load() + ": errors").isZero();
        assertThat(result.throughput()).isPositive();
        assertThat(result.p99Millis()).isPositive();
    }
}
