package fi.polku.coaching.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.CoachChange;

public record CoachChangeRequest(
        @Schema(description = "The coach of the same provider who takes the episode over") @NotNull UUID coachId,
        @Schema(description = "Why the coach changes; OTHER (the default, for clients that send only `reason`) needs"
                + " `reason`") CoachChange.Reason reasonCode,
        @Schema(description = "Why the coach changes in words, e.g. the client asked for another; required for OTHER,"
                + " kept here and never published") @Size(max = 1000) String reason) {

    public CoachChange.Reason code() {
        return reasonCode == null ? CoachChange.Reason.OTHER : reasonCode;
    }

    /** The reason in words, stripped; null when left out or blank. */
    public String words() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
