package fi.polku.intake.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.Client;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    public Optional<Client> findByIdentityIndex(String blindIndex) {
        return find("identityCodeIndex", blindIndex).firstResultOptional();
    }
}
