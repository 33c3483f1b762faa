package fi.polku.assessment.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.messaging.ClientRegistered;
import fi.polku.platform.clients.KnownClientRegister;
import fi.polku.platform.problem.ProblemException;

/** Work here is always about a client registered in intake, as learned from its events. */
@ApplicationScoped
public class KnownClients {

    private final KnownClientRegister clients;

    public KnownClients(KnownClientRegister clients) {
        this.clients = clients;
    }

    public void remember(ClientRegistered registered) {
        clients.remember(registered.clientId(), registered.municipalityCode(), registered.ageBand(),
                registered.registeredAt());
    }

    /** For a client named in a request body. */
    public void requireInBody(UUID clientId) {
        if (!clients.isKnown(clientId)) {
            throw ProblemException.businessRule("clientId", "is not a client registered in intake");
        }
    }

    /** For a client named in the path. */
    public void requireInPath(UUID clientId) {
        if (!clients.isKnown(clientId)) {
            throw ProblemException.notFound("Client", clientId);
        }
    }
}
