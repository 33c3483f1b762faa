package fi.polku.reporting.messaging;

import java.util.Map;
import java.util.function.Consumer;

/** The handlers of one producer's event types, by full CloudEvents type (version included). */
interface Projection {

    Map<String, Consumer<EventData>> handlers();
}
