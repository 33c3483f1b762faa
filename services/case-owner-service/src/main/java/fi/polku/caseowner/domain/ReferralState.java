package fi.polku.caseowner.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a client's referral stands, as the referring services' events tell: coaching's CoachingReferralStatusChanged
 * and assessment's AssessmentReferralStatusChanged.
 */
@Entity
@Table(name = "referral_state")
public class ReferralState {

    public static final String REQUESTED = "REQUESTED";
    public static final String DECLINED = "DECLINED";

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferredService service;

    /** Who answers it: the provider's business ID (coaching), the team's id (assessment). */
    public String receiver;

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
