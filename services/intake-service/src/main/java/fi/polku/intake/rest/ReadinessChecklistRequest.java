package fi.polku.intake.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.ReadinessSign;
import fi.polku.intake.domain.ReadinessStatus;
import fi.polku.intake.domain.RehabilitativeWorkActivityPhase;
import fi.polku.intake.service.ReadinessChecklistService;

public record ReadinessChecklistRequest(
        @Schema(description = "The assessed signs, each at most once; a sign left out counts as UNKNOWN")
        @NotNull @Size(max = 15) List<@Valid @NotNull Item> items,
        @Schema(nullable = true) @Size(max = 4000) String note) {

    @Schema(name = "ReadinessChecklistItemRequest")
    public record Item(@NotNull ReadinessSign sign, @NotNull ReadinessStatus status,
            @Schema(nullable = true) @Size(max = 1000) String note,
            @Schema(nullable = true, description = "Only for REHABILITATIVE_WORK_ACTIVITY_TRANSITION_NEAR_OR_LONG_PERIOD, "
                    + "and required when it is MET: which alternative holds")
            RehabilitativeWorkActivityPhase alternative) {

        ReadinessChecklistService.Item item() {
            return new ReadinessChecklistService.Item(sign, status, note, alternative);
        }
    }

    ReadinessChecklistService.Assessment assessment() {
        return new ReadinessChecklistService.Assessment(items.stream().map(Item::item).toList(), note);
    }
}
