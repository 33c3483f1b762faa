package fi.polku.assessment.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A client this service learned of from intake's events: only the pseudonymous id and routing data. */
@Entity
@Table(name = "known_client")
public class KnownClient {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    /** None while the client has a non-disclosure order (turvakielto): intake then withholds it. */
    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "age_band")
    public String ageBand;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;
}
