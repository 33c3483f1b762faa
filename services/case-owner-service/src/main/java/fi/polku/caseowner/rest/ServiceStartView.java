package fi.polku.caseowner.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.ServiceStart;

public record ServiceStartView(
        UUID id,
        UUID clientId,
        ServiceStart.Service service,
        @Schema(description = "The assessment id or coaching episode id") String referenceId,
        OffsetDateTime startedAt,
        @Schema(nullable = true, description = "When the case owner acknowledged it; null while they have not") OffsetDateTime acknowledgedAt,
        @Schema(nullable = true) String acknowledgedBy) {

    public static ServiceStartView of(ServiceStart start) {
        return new ServiceStartView(start.id, start.clientId, start.service, start.referenceId, start.startedAt,
                start.acknowledgedAt, start.acknowledgedBy);
    }
}
