package fi.polku.partner.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ReplayView(
        OffsetDateTime since,
        @Schema(description = "How many deliveries were made due again (delivered or failed ones of events since then)")
        int deliveries) {
}
