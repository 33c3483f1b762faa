package fi.polku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmark ran on, for RESULTS.md. */
record MachineInfo(String cpu, int cores, long memoryGiB, String os, String java) {

    static MachineInfo here() {
        return new MachineInfo(firstValue("/proc/cpuinfo", "model name", "unknown CPU"),
                Runtime.getRuntime().availableProcessors(),
                Math.round(Long.parseLong(firstValue("/proc/meminfo", "MemTotal", "0").replaceAll("\\D", ""))
                        / 1024.0 / 1024.0),
                firstValue("/etc/os-release", "PRETTY_NAME", System.getProperty("os.name")).replace("\"", ""),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + ")");
    }

    private static String firstValue(String file, String key, String otherwise) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1).trim())
                    .findFirst().orElse(otherwise);
        } catch (IOException e) {
            return otherwise;
        }
    }
}
