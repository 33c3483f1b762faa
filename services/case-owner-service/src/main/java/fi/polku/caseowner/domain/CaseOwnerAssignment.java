package fi.polku.caseowner.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Who is responsible for a client now; without a professional the client waits in the unassigned queue. */
@Entity
@Table(name = "case_owner_assignment")
public class CaseOwnerAssignment {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "professional_id")
    public UUID professionalId;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    @Column(name = "unassigned_since")
    public OffsetDateTime unassignedSince;

    @Version
    public long version;
}
