package fi.polku.reporting.export;

import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One line of an export: a pseudonymous fact. */
@Schema(description = "A pseudonymous fact: an event of a catalogue type (api-specs/events/README.md) with only the "
        + "fields its type allows (codes, dates, numbers, flags; ids as pseudonyms). No identity code, name or free "
        + "text.")
public record ExportFact(
        @Schema(required = true, description = "The fact's stable id (the event id): a fact seen twice is the same fact")
        String factId,
        @Schema(required = true, implementation = ExportFactType.class) ExportFactType type,
        @Schema(required = true, nullable = true, pattern = "^[0-9a-f]{32}$",
                description = "The client's pseudonym in exports (the same in every export; not a Polku client id); "
                        + "null for facts about no client (FidelityReviewRecorded)")
        String client,
        @Schema(required = true, nullable = true, description = "When it happened, as its producer says")
        OffsetDateTime occurredAt,
        @Schema(required = true, description = "When the reporting service received it (what since selects on)")
        OffsetDateTime recordedAt,
        @Schema(required = true, description = "The event's data fields the type allows (see the reporting "
                + "README); fields ending in Id are pseudonyms (as client), except providerId and teamId")
        Map<String, Object> data) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ExportFact of(StoredFact stored, Pseudonyms pseudonyms) {
        ObjectNode data = stored.fields().deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = stored.fields().fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (ExportFactType.isPseudonymised(field.getKey()) && field.getValue().isTextual()) {
                data.put(field.getKey(), pseudonyms.of(field.getValue().asText()));
            }
        }
        return new ExportFact(stored.eventId(), stored.type(),
                stored.clientId() == null ? null : pseudonyms.of(stored.clientId().toString()),
                stored.occurredAt(), stored.recordedAt(), JSON.convertValue(data, new TypeReference<>() { }));
    }
}
