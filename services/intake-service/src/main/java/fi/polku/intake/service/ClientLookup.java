package fi.polku.intake.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.Client;
import fi.polku.intake.repository.ClientRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.problem.ProblemException;

/**
 * Finds the client a path id names; a merged client's id resolves to the client it was merged into. A use case on a
 * client's data starts with {@link #authorised}, so that a caller without a basis learns nothing but 403.
 */
@ApplicationScoped
public class ClientLookup {

    private final ClientRepository clients;
    private final ClientAccess access;

    public ClientLookup(ClientRepository clients, ClientAccess access) {
        this.clients = clients;
        this.access = access;
    }

    /** The client, once the caller's basis for {@code action} on it is checked and logged (404 or 403 otherwise). */
    public Client authorised(UUID id, String action) {
        Client client = require(id);
        access.require(client.id, action);
        return client;
    }

    public Client require(UUID id) {
        Client client = clients.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Client", id));
        if (client.mergedInto == null) {
            return client;
        }
        return clients.findByIdOptional(client.mergedInto)
                .orElseThrow(() -> ProblemException.notFound("Client", id));
    }
}
