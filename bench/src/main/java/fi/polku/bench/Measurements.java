package fi.polku.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fi.polku.testkit.system.PolkuService;

/** Everything one run measured, filled in as the phases go. */
final class Measurements {

    final List<LoadResult> registration = new ArrayList<>();
    final List<LoadResult> read = new ArrayList<>();
    final List<LoadResult> meeting = new ArrayList<>();
    /** case-owner's clientship read directly, and the same read as an EpisodeOfCare through the FHIR gateway. */
    final List<LoadResult> clientshipDirect = new ArrayList<>();
    final List<LoadResult> clientshipThroughGateway = new ArrayList<>();
    LoadResult registrationAtHalf;
    LoadResult caseOwnerVisible;
    RequestCost.Run registrationCost;
    RequestCost.Run readCost;
    /** The registration batch and the read batch again, under a JFR recording in every service. */
    final List<CpuProfile.Run> profiles = new ArrayList<>();
    /** The wait until the system was idle before each measured phase. */
    List<SystemIdle.Wait> idleBefore = List.of();
    List<PgbenchBaseline.Run> pgbench = List.of();
    /** pgbench's read transaction, at the concurrency of the CPU cost; null when pgbench was skipped. */
    PgbenchBaseline.Run pgbenchRead;
    ProducerPerfBaseline.Run producerPerf;
    RelayDrain.Run relayDrain;
    ProjectionCatchUp.Run projection;
    /** The soak with faults, run last. */
    Soak.Run soak;
    final Map<PolkuService, Duration> startupTogether = new EnumMap<>(PolkuService.class);
    final Map<PolkuService, Duration> startupAlone = new EnumMap<>(PolkuService.class);
    final Map<PolkuService, Long> residentMegabytes = new EnumMap<>(PolkuService.class);
    long clientsRegistered;
    String serviceJvmOptions;
    String loadAverage;

    static LoadResult best(List<LoadResult> results) {
        return results.stream().max((a, b) -> Double.compare(a.throughput(), b.throughput())).orElseThrow();
    }

    /** The pgbench run at the concurrency the CPU cost was measured at. */
    PgbenchBaseline.Run pgbenchAt(int clients) {
        return pgbench.stream().filter(run -> run.clients() == clients).findFirst().orElseThrow();
    }

    double pgbenchLimit() {
        return pgbench.stream().mapToDouble(PgbenchBaseline.Run::tps).max().orElseThrow();
    }
}
