package fi.polku.caseowner.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a client's case-owner history. */
@Entity
@Table(name = "case_owner_change")
public class CaseOwnerChange {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "from_professional_id")
    public UUID fromProfessionalId;

    @Column(name = "to_professional_id")
    public UUID toProfessionalId;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public CaseOwnerChangeReason reasonCode;

    @Column(name = "handover_note")
    public String handoverNote;
}
