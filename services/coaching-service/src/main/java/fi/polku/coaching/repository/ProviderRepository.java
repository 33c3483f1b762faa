package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.Provider;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<Provider, UUID> {

    public java.util.Optional<Provider> findByOrganisation(String organisationId) {
        return find("organisationId", organisationId).firstResultOptional();
    }

    public List<Provider> listByName() {
        return list("ORDER BY name, id");
    }
}
