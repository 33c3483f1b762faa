package fi.polku.coaching.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One move of a referral: to which status, why, by whom (user and organisation), when. Never changed. */
@Entity
@Table(name = "coaching_referral_status_change")
public class ReferralStatusChange {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public DeclineReason reasonCode;

    /** Free text of the one who moved it (e.g. for a decline with reason OTHER); kept here, never in an event. */
    public String note;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_by_org")
    public String changedByOrganisation;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
