package fi.polku.reporting.export;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** An export fact as the reporting database holds it: with Polku's own ids, before pseudonymisation. */
record StoredFact(long sequence, String eventId, ExportFactType type, UUID clientId, OffsetDateTime occurredAt,
        OffsetDateTime recordedAt, JsonNode fields) {
}
