package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.ConsentParty;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ConsentPartyRepository implements PanacheRepositoryBase<ConsentParty, ConsentParty.Key> {

    public List<ConsentParty> ofClientAndOrganisation(UUID clientId, String organisation) {
        return list("clientId = ?1 AND key.organisation = ?2", clientId, organisation);
    }

    public List<ConsentParty> ofConsent(UUID consentId) {
        return list("key.consentId", consentId);
    }
}
