package fi.polku.access;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Two records of one person were merged: the kept client ({@code clientId}) gets the merged client's relationships
 * (but case ownership, which is announced for the kept client) and consents.
 */
public record AccessRecordsMerged(
        UUID clientId,
        UUID mergedClientId,
        OffsetDateTime mergedAt) implements AccessFact {
}
