package fi.polku.reporting.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The headline columns of a client's row in {@code client_flow}, for the KPI counts. The projectors write the
 * table with SQL (see the messaging package); this mapping only reads.
 */
@Entity
@Table(name = "client_flow")
public class ClientFlow {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "case_owner_assigned_at")
    public OffsetDateTime caseOwnerAssignedAt;

    @Column(name = "merged_into")
    public UUID mergedInto;
}
