package fi.polku.intake.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The withdrawal of a consent from a given moment on; at most one per consent, never changed. */
@Entity
@Table(name = "consent_withdrawal")
public class ConsentWithdrawal {

    @Id
    @Column(name = "consent_id")
    public UUID consentId;

    @Column(name = "withdrawn_from", nullable = false)
    public OffsetDateTime withdrawnFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_as", nullable = false)
    public ConsentGivenAs givenAs;

    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_organisation", nullable = false)
    public String recordedByOrganisation;

    @Column(name = "withdrawn_at", nullable = false)
    public OffsetDateTime withdrawnAt;

    /** The withdrawal takes effect from its stated moment, or when it was recorded if that moment was already past. */
    public OffsetDateTime effectiveFrom() {
        return withdrawnFrom.isBefore(withdrawnAt) ? withdrawnAt : withdrawnFrom;
    }
}
