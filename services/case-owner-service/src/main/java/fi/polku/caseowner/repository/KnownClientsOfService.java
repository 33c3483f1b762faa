package fi.polku.caseowner.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.platform.clients.KnownClients;

/** The clients this service learned of from intake's events. */
@ApplicationScoped
public class KnownClientsOfService implements KnownClients {

    private final KnownClientRepository clients;

    public KnownClientsOfService(KnownClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public boolean isKnown(UUID clientId) {
        return clients.findByIdOptional(clientId).isPresent();
    }
}
