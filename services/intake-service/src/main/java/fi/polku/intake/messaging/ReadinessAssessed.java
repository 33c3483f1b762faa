package fi.polku.intake.messaging;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Data of {@code ReadinessAssessed}: counts per group (motivation, timeliness, lifeSituation) and in all. */
public record ReadinessAssessed(UUID clientId, UUID checklistId, Map<String, GroupCounts> groups, int metTotal,
        int notMetTotal, int unknownTotal, OffsetDateTime assessedAt) {

    public record GroupCounts(int met, int notMet, int unknown) {
    }
}
