package fi.polku.intake.domain;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A coaching referral of a client to a provider, with its latest status, as the coaching service announces it. While
 * it is open (requested, accepted or in progress) the provider's coach may record the consent the provider collected.
 */
@Entity
@Table(name = "provider_referral")
public class ProviderReferral {

    /** The statuses in which the referral still stands; declined, cancelled and completed ones give nothing. */
    public static final Set<String> OPEN_STATUSES = Set.of("REQUESTED", "ACCEPTED", "IN_PROGRESS");

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** The provider's business ID; null while the referral names no provider. */
    @Column(name = "provider_organisation")
    public String providerOrganisation;

    @Column(nullable = false)
    public String status;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
