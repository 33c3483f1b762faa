package fi.polku.platform.referrals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A referral of a client that its receiver answers by a day ({@link AnswerDeadline}): who sent it, when, and when its
 * status last moved. The status, its rules and what the referral is about are the service's own (its entity extends
 * this one); each move is a {@link ReferralMove} of its history.
 */
@MappedSuperclass
public abstract class AnsweredReferral {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** The sender's user id (the token's subject). */
    @Column(name = "sent_by", nullable = false)
    public String sentBy;

    /** The sender's organisation (the token's {@code org}). */
    @Column(name = "sender_organisation")
    public String senderOrganisation;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "answer_due_by", nullable = false)
    public LocalDate answerDueBy;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Version
    public long version;

    /** Fills in a new referral of the client, sent now by the user of the organisation. */
    protected void sent(UUID referralId, UUID client, String sender, String organisation, OffsetDateTime now,
            LocalDate dueBy) {
        id = referralId;
        clientId = client;
        sentBy = sender;
        senderOrganisation = organisation;
        requestedAt = now;
        answerDueBy = dueBy;
        statusChangedAt = now;
    }
}
