package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.caseowner.domain.Segment;

/** The part of intake's {@code ScreeningCompleted} this service uses: the segment decides which roles fit. */
public record ScreeningCompleted(UUID clientId, UUID screeningId, Segment segment, OffsetDateTime completedAt) {
}
