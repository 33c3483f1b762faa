package fi.polku.intake.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How a client came to the service and who referred them. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "referring_party")
    public ReferringParty referringParty;

    @Column(name = "referrer_organisation")
    public String referrerOrganisation;

    @Column(name = "referrer_contact_name")
    public String referrerContactName;

    @Column(name = "referrer_contact_phone")
    public String referrerContactPhone;

    @Column(name = "referrer_contact_email")
    public String referrerContactEmail;

    @Column(nullable = false)
    public String reason;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
