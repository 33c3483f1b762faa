package fi.polku.intake.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.ProviderReferral;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProviderReferralRepository implements PanacheRepositoryBase<ProviderReferral, UUID> {

    /**
     * Whether an open referral of the client, or of a duplicate merged into it (coaching may have referred either),
     * names the provider.
     */
    public boolean openTo(UUID clientId, String providerOrganisation) {
        return count("""
                providerOrganisation = ?2 and status in ?3
                and (clientId = ?1 or clientId in (select c.id from Client c where c.mergedInto = ?1))""",
                clientId, providerOrganisation, ProviderReferral.OPEN_STATUSES) > 0;
    }
}
