package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.ClientPlace;
import fi.polku.caseowner.domain.PlaceSource;
import fi.polku.platform.servicemap.ServicePlace;

@Schema(description = "A place the client came to on the service map, and what said so")
public record ClientPlaceView(
        UUID id,
        UUID clientId,
        ServicePlace place,
        @Schema(description = "The day the client came there") LocalDate since,
        @Schema(description = "Another service's event, this service's closure or reopening, or the case owner's entry")
        PlaceSource source,
        OffsetDateTime recordedAt,
        @Schema(nullable = true, description = "Who entered it; null when an event said so") String recordedBy) {

    public static ClientPlaceView of(ClientPlace place) {
        return new ClientPlaceView(place.id, place.clientId, place.place, place.since, place.source, place.recordedAt,
                place.recordedBy);
    }
}
