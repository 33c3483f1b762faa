package fi.polku.assessment.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.repository.KnownClientRepository;
import fi.polku.platform.problem.ProblemException;

/** Work here is always about a client registered in intake, as learned from its events. */
@ApplicationScoped
public class KnownClients {

    private final KnownClientRepository clients;

    public KnownClients(KnownClientRepository clients) {
        this.clients = clients;
    }

    /** For a client named in a request body. */
    public void requireInBody(UUID clientId) {
        if (clients.findByIdOptional(clientId).isEmpty()) {
            throw ProblemException.businessRule("clientId", "is not a client registered in intake");
        }
    }

    /** For a client named in the path. */
    public void requireInPath(UUID clientId) {
        if (clients.findByIdOptional(clientId).isEmpty()) {
            throw ProblemException.notFound("Client", clientId);
        }
    }
}
