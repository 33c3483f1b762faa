package fi.polku.intake.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.platform.clients.KnownClients;

/** The clients of the register, a merged client's id included (it answers the client kept). */
@ApplicationScoped
public class RegisteredClients implements KnownClients {

    private final ClientRepository clients;

    public RegisteredClients(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public boolean isKnown(UUID clientId) {
        return clients.findByIdOptional(clientId).isPresent();
    }
}
