package fi.polku.intake.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.ProviderReferral;
import fi.polku.intake.repository.ProviderReferralRepository;

/**
 * The clients' coaching referrals to providers, as the coaching service moves them. A referral keeps its latest
 * status: a change older than the one recorded (a late or repeated event) changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProviderReferrals {

    private final ProviderReferralRepository referrals;

    public ProviderReferrals(ProviderReferralRepository referrals) {
        this.referrals = referrals;
    }

    public void statusChanged(UUID referralId, UUID clientId, String providerOrganisation, String status,
            OffsetDateTime changedAt) {
        ProviderReferral referral = referrals.findById(referralId);
        boolean known = referral != null;
        if (known && referral.changedAt.isAfter(changedAt)) {
            return;
        }
        if (!known) {
            referral = new ProviderReferral();
            referral.referralId = referralId;
        }
        referral.clientId = clientId;
        referral.providerOrganisation = providerOrganisation;
        referral.status = status;
        referral.changedAt = changedAt;
        if (!known) {
            referrals.persist(referral);
        }
    }

    /** Whether the client stands referred to the provider now. */
    public boolean referredTo(UUID clientId, String providerOrganisation) {
        return referrals.openTo(clientId, providerOrganisation);
    }
}
