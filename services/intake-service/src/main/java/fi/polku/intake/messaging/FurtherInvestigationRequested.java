package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of {@code FurtherInvestigationRequested}: investigations needed before the team appointment. */
public record FurtherInvestigationRequested(UUID clientId, UUID bookingId, List<Investigation> investigations,
        String reason, OffsetDateTime requestedAt) {

    public record Investigation(String investigation, String responsible) {
    }
}
