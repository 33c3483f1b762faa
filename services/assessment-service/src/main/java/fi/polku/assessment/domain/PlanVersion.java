package fi.polku.assessment.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One version of a client's plan (activation or implementation plan). Versions are never changed, only added: the
 * next one keeps the plan's id and counts on from the client's current version.
 */
@MappedSuperclass
public abstract class PlanVersion {

    @Id
    @Column(name = "revision_id")
    public UUID revisionId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int version;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** The number the version after {@code current} gets: 1 while the client has no plan. */
    public static int nextVersion(Optional<? extends PlanVersion> current) {
        return current.map(p -> p.version + 1).orElse(1);
    }

    /** Makes this the client's version after {@code current} (or the first), recorded by {@code by} at {@code at}. */
    public void follow(UUID client, Optional<? extends PlanVersion> current, String by, OffsetDateTime at) {
        revisionId = UUID.randomUUID();
        planId = current.map(p -> p.planId).orElseGet(UUID::randomUUID);
        version = nextVersion(current);
        clientId = client;
        recordedBy = by;
        recordedAt = at;
    }
}
