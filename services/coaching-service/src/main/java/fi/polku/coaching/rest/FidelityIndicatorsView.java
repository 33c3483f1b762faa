package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.FidelityIndicators;

@Schema(description = "Fidelity items computed from the recorded work: value, the score it implies by the"
        + " criterion's anchors (null when there is no data) and the data behind it")
public record FidelityIndicatorsView(UUID providerId, LocalDate from, LocalDate to,
        List<FidelityIndicators.Indicator> indicators) {
}
