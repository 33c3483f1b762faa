package fi.polku.caseowner.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a client's coaching referral stands, as coaching's CoachingReferralStatusChanged events tell. */
@Entity
@Table(name = "coaching_referral_state")
public class ReferralState {

    public static final String REQUESTED = "REQUESTED";
    public static final String DECLINED = "DECLINED";

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "provider_organisation")
    public String providerOrganisation;

    @Column(nullable = false)
    public String status;

    @Column(name = "reason_code")
    public String reasonCode;

    @Column(name = "answer_due_by", nullable = false)
    public LocalDate answerDueBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(nullable = false)
    public boolean superseded;

    @Column(name = "unanswered_notified_at")
    public OffsetDateTime unansweredNotifiedAt;
}
