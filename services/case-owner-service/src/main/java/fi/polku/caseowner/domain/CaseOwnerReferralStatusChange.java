package fi.polku.caseowner.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One move of a referral back to the case owner: to which status, why, by whom, when. Never changed. */
@Entity
@Table(name = "case_owner_referral_status_change")
public class CaseOwnerReferralStatusChange {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseOwnerReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason_code")
    public ReturnDeclineReason declineReasonCode;

    /** Free text of the one who moved it; kept here, never in an event. */
    public String note;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_by_org")
    public String changedByOrganisation;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
