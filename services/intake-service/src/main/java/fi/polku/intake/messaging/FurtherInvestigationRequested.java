package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fi.polku.intake.domain.InvestigationKind;

/**
 * Data of {@code FurtherInvestigationRequested}: investigations needed before the team appointment, each by its kind;
 * the investigations in words, who does them and the booking's reason stay in the team booking.
 */
public record FurtherInvestigationRequested(UUID clientId, UUID bookingId, List<Investigation> investigations,
        OffsetDateTime requestedAt) {

    /** Version 2 carries the kinds instead of the words and no reason. */
    public static final int VERSION = 2;

    public record Investigation(InvestigationKind kind) {
    }
}
