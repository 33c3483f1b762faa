package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.FidelityIndicators;

@Schema(description = "Fidelity items computed from the recorded work: value, the score it implies by the"
        + " criterion's anchors (null when there is no data) and the data behind it")
public record FidelityIndicatorsView(UUID providerId, LocalDate from, LocalDate to,
        @Schema(description = "The thirteen computable items, by item number") List<IndicatorView> indicators) {

    @Schema(name = "FidelityIndicator", description = "One computed fidelity item")
    public record IndicatorView(int item, String criterion,
            @Schema(nullable = true, description = "Null when there is no data") Double value,
            String unit,
            @Schema(nullable = true, description = "1-5 by the criterion's anchors; null when there is no data")
            Integer score,
            @Schema(description = "The counts and figures the value was computed from, by name")
            Map<String, Object> data) {
    }

    public static FidelityIndicatorsView of(UUID providerId, LocalDate from, LocalDate to,
            List<FidelityIndicators.Indicator> indicators) {
        return new FidelityIndicatorsView(providerId, from, to, indicators.stream()
                .map(i -> new IndicatorView(i.item(), i.criterion(), i.value(), i.unit(), i.score(), i.data()))
                .toList());
    }
}
