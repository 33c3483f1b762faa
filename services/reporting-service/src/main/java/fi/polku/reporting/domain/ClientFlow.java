package fi.polku.reporting.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A client's path through the package, as projected from the events; never shown one by one. */
@Entity
@Table(name = "client_flow")
public class ClientFlow {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "age_band")
    public String ageBand;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "case_owner_assigned_at")
    public OffsetDateTime caseOwnerAssignedAt;

    @Column(name = "case_owner_unavailable_at")
    public OffsetDateTime caseOwnerUnavailableAt;
}
