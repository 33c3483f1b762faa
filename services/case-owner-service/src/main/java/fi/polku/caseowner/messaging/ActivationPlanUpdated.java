package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What this service reads of assessment's {@code ActivationPlanUpdated}: what the plan records and until when. */
public record ActivationPlanUpdated(UUID clientId, UUID planId, int version, LocalDate validUntil,
        List<String> agreedPossibilities, List<PlannedService> services, OffsetDateTime updatedAt) {

    public record PlannedService(String service, LocalDate until) {
    }
}
