package fi.polku.intake.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record AccessLogView(UUID clientId, OffsetDateTime generatedAt, List<AccessLogEntry> entries) {
}
