package fi.polku.assessment.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One move of an assessment referral: to which status, why, by whom (user and organisation), when. Never changed. */
@Entity
@Table(name = "assessment_referral_status_change")
public class AssessmentReferralStatusChange {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public AssessmentDeclineReason reasonCode;

    /** Free text of the one who moved it (e.g. a decline with reason OTHER); kept here, never in an event. */
    public String note;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_by_org")
    public String changedByOrganisation;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
