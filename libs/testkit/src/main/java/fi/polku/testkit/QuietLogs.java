package fi.polku.testkit;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Kafka's broker logs every partition change at INFO; in tests and the local stack only warnings matter. */
final class QuietLogs {

    private static final String[] NOISY = {"kafka", "org.apache.kafka", "state.change.logger", "org.apache.zookeeper"};

    private QuietLogs() {
    }

    static void kafka() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        for (String name : NOISY) {
            Logger.getLogger(name).setLevel(Level.WARNING);
        }
    }
}
