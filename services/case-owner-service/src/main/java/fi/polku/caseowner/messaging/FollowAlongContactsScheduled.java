package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What this service reads of coaching's {@code FollowAlongContactsScheduled}. */
public record FollowAlongContactsScheduled(UUID clientId, UUID episodeId, String providerOrganisation, String userId,
        List<Contact> contacts, OffsetDateTime scheduledAt) {

    public record Contact(UUID jobId, String kind, int sequence, LocalDate windowStart, LocalDate dueDate) {
    }
}
