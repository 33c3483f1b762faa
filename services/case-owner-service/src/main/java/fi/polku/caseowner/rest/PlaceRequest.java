package fi.polku.caseowner.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.platform.servicemap.ServicePlace;

public record PlaceRequest(
        @Schema(description = "Where on the service map the client is, as agreed with them") @NotNull ServicePlace place,
        @Schema(description = "The day the client came there; not in the future") @NotNull LocalDate since) {
}
