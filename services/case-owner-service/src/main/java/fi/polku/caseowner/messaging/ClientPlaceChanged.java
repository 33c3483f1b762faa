package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.caseowner.domain.PlaceSource;
import fi.polku.platform.servicemap.ServicePlace;

/** @param previousPlace null for the client's first place */
public record ClientPlaceChanged(UUID clientId, ServicePlace place, LocalDate since, ServicePlace previousPlace,
        PlaceSource source, OffsetDateTime changedAt) {
}
