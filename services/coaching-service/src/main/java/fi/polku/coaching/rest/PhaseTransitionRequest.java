package fi.polku.coaching.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fi.polku.coaching.domain.Phase;

public record PhaseTransitionRequest(@NotNull Phase toPhase, @Size(max = 1000) String reason) {
}
