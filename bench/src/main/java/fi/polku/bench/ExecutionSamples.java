package fi.polku.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording's execution samples ({@code jdk.ExecutionSample}: a thread caught running Java code, every 10 ms
 * with the profile settings; the JIT compiler, the garbage collector and threads in native code are not in them),
 * counted by {@link Stage} and by the method on top of the stack.
 */
record ExecutionSamples(long total, Map<Stage, Long> byStage, Map<Method, Long> hottest) {

    private static final int HOTTEST = 5;

    /**
     * What a sample was doing: the innermost frame that is Polku's or a known library's decides (the first stage
     * listing its package). JDK frames and unlisted libraries (Quarkus, Mutiny, …) are passed over, so a
     * {@code HashMap} look-up in Jackson is JSON.
     */
    enum Stage {
        JSON("JSON", "com.fasterxml.jackson"),
        TRANSACTIONS("transactions", "com.arjuna", "io.quarkus.narayana", "io.agroal.narayana"),
        JDBC("JDBC", "org.postgresql", "io.agroal"),
        HIBERNATE("Hibernate", "org.hibernate"),
        KAFKA("Kafka client", "org.apache.kafka", "io.smallrye.reactive.messaging"),
        HTTP("HTTP", "io.vertx", "io.netty", "org.jboss.resteasy"),
        SECURITY("JWT, crypto", "io.smallrye.jwt", "org.jose4j", "javax.crypto", "sun.security"),
        LOGGING("logging", "org.jboss.logmanager", "org.jboss.logging"),
        POLKU("Polku", "fi.polku"),
        OTHER("other");

        private final String label;
        private final List<String> packages;

        Stage(String label, String... packages) {
            this.label = label;
            this.packages = Arrays.stream(packages).map(name -> name + ".").toList();
        }

        String label() {
            return label;
        }

        static Stage of(List<RecordedFrame> frames) {
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                for (Stage stage : values()) {
                    if (stage.packages.stream().anyMatch(type::startsWith)) {
                        return stage;
                    }
                }
            }
            return OTHER;
        }
    }

    /** A method, named by its class's simple name and its own. */
    record Method(String type, String name) {

        String label() {
            // a hidden class (a lambda's, a method handle's) is named like Outer$$Lambda$12+0x00007f00.4567
            String simpleType = type.replaceFirst("\\.\\d+$", "")
                    .replaceFirst("\\$\\$Lambda\\$.*", "\\$\\$Lambda");
            return simpleType.substring(simpleType.lastIndexOf('.') + 1) + "." + name;
        }
    }

    static ExecutionSamples of(Path recording) {
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        Map<Method, Long> byTopMethod = new HashMap<>();
        long total = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                RecordedStackTrace stack = event.getEventType().getName().equals("jdk.ExecutionSample")
                        ? event.getStackTrace() : null;
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                byStage.merge(Stage.of(stack.getFrames()), 1L, Long::sum);
                RecordedMethod top = stack.getFrames().get(0).getMethod();
                byTopMethod.merge(new Method(top.getType().getName(), top.getName()), 1L, Long::sum);
                total++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the recording " + recording, e);
        }
        Map<Method, Long> hottest = new LinkedHashMap<>();
        byTopMethod.entrySet().stream()
                .sorted(Map.Entry.<Method, Long>comparingByValue().reversed().thenComparing(e -> e.getKey().label()))
                .limit(HOTTEST).forEach(e -> hottest.put(e.getKey(), e.getValue()));
        return new ExecutionSamples(total, byStage, hottest);
    }

    /** Percent of the samples. */
    double share(long samples) {
        return total == 0 ? 0 : 100.0 * samples / total;
    }

    double share(Stage stage) {
        return share(byStage.getOrDefault(stage, 0L));
    }
}
