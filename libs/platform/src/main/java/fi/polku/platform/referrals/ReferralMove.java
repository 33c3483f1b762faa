package fi.polku.platform.referrals;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One move of an {@link AnsweredReferral}, never changed: by whom (user and organisation), when, and the mover's note
 * (free text, e.g. for a decline with reason OTHER: kept here, never in an event). To which status and why are the
 * service's own (its entity extends this one).
 */
@MappedSuperclass
public abstract class ReferralMove {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    public String note;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_by_org")
    public String changedByOrganisation;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    /** Fills in the move of the referral, as it stands now, by the user of the organisation. */
    protected void moved(AnsweredReferral referral, String moverNote, String user, String organisation) {
        id = UUID.randomUUID();
        referralId = referral.id;
        note = moverNote == null || moverNote.isBlank() ? null : moverNote.strip();
        changedBy = user;
        changedByOrganisation = organisation;
        changedAt = referral.statusChangedAt;
    }
}
