package fi.polku.platform.outbox;

import fi.polku.platform.events.CloudEvent;

/** Fired synchronously, in the producer's transaction, for each event written to the outbox. */
public record OutboxEventRecorded(String topic, CloudEvent event) {
}
