package fi.polku.caseowner.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The case owner a work-ability assessment agreed on, and what this service did with it. */
@Entity
@Table(name = "agreed_case_owner")
public class AgreedCaseOwner {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** The agreed professional, or null when the conclusion named nobody of this service's register. */
    @Column(name = "professional_id")
    public UUID professionalId;

    @Column(name = "agreed_at", nullable = false)
    public OffsetDateTime agreedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementOutcome outcome;

    @Column(nullable = false)
    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** When someone set a case owner by hand after an agreement that was not applied; null while it waits. */
    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;
}
