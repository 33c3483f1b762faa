package fi.polku.intake.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.NonDisclosureSource;

public record NonDisclosureRequest(
        @Schema(description = DESCRIPTION) @NotNull NonDisclosureSource source) {

    static final String DESCRIPTION = "The client has a non-disclosure order for personal safety (turvakielto): where"
            + " intake learned of it, from the Population Information System or from the client. While it holds, the"
            + " municipality and contact details are withheld from every other service, event and report.";
}
