package fi.polku.assessment.domain.instrument;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A scale of an instrument; its score is the mean of its answered items.
 *
 * @param higherIsBetter whether a higher score means better functioning; null where the definition does not say
 */
@Schema(requiredProperties = {"id", "label", "higherIsBetter", "items"})
public record InstrumentScale(String id,
        @Schema(nullable = true, description = "Null when the definition gives none") String label,
        @Schema(nullable = true, description = "Whether a higher score means better functioning; null where the "
                + "definition does not say") Boolean higherIsBetter,
        @Schema(description = "The scale's items, fixed by the definition") List<InstrumentItem> items) {
}
