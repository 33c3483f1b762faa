package fi.polku.coaching.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.EndReason;

public record EndRequest(
        @Schema(description = "CLIENT_WISH, MOVED_AWAY, or NO_CONTACT_AFTER_ENGAGEMENT_ATTEMPTS (needs the documented"
                + " attempts to reach the client: at least 3 unsuccessful, by at least 2 methods, since the last held"
                + " meeting). Never a time limit or missed meetings alone (item 25.1)")
        @NotNull EndReason reason) {
}
