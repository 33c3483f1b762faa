package fi.polku.caseowner.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An assessment or coaching that started for a client, which the case owner must acknowledge. */
@Entity
@Table(name = "service_start")
public class ServiceStart {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Service service;

    /** The assessment id or coaching episode id in the service that started it. */
    @Column(name = "reference_id", nullable = false)
    public String referenceId;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    public enum Service {
        ASSESSMENT,
        COACHING
    }
}
