package fi.polku.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fi.polku.testkit.system.PolkuService;
import fi.polku.testkit.system.PolkuSystem;

/**
 * Where a batch's CPU goes inside each service: a batch as {@link RequestCost}'s, from an idle system until it is
 * idle again, under a JFR recording with the profile settings in every service JVM (started and stopped with the
 * JDK's {@code jcmd}), summarised by {@link ExecutionSamples}. The recording costs the services a few percent of
 * CPU, so it gets a batch of its own after the measured ones. The recordings stay in the bench's work directory.
 */
final class CpuProfile {

    record Run(String operation, int concurrency, long requests, long errors,
            Map<PolkuService, ExecutionSamples> services) {
    }

    private static final String JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();

    private final PolkuSystem system;
    private final SystemIdle idle;
    private final Path dir;

    CpuProfile(PolkuSystem system, SystemIdle idle, Path dir) {
        this.system = system;
        this.idle = idle;
        this.dir = dir.toAbsolutePath();
    }

    Run run(String operation, int concurrency, int requests, ClosedLoopLoad.Operation request) {
        idle.awaitBefore("the profile of " + operation);
        String recording = operation.replace(' ', '-');
        for (PolkuService service : PolkuService.all()) {
            jcmd(service, recording, "JFR.start", "name=bench", "settings=profile");
        }
        RequestCost.Batch batch = RequestCost.send(concurrency, requests, request);
        idle.await("the events of the profiled " + operation + " batch to be applied");
        Map<PolkuService, ExecutionSamples> samples = new EnumMap<>(PolkuService.class);
        for (PolkuService service : PolkuService.all()) {
            Path file = dir.resolve(recording + "-" + service.module() + ".jfr");
            jcmd(service, recording, "JFR.stop", "name=bench", "filename=" + file);
            samples.put(service, ExecutionSamples.of(file));
        }
        return new Run(operation, concurrency, requests - batch.errors(), batch.errors(), samples);
    }

    private void jcmd(PolkuService service, String recording, String command, String... arguments) {
        List<String> line = new ArrayList<>(List.of(JCMD, Long.toString(system.service(service).pid()), command));
        line.addAll(List.of(arguments));
        Processes.run(line, dir.resolve(recording + "-" + service.module() + "-" + command + ".log"));
    }
}
