package fi.polku.intake.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.Client;
import fi.polku.intake.repository.ClientRepository;
import fi.polku.platform.problem.ProblemException;

/** Finds the client a path id names; a merged client's id resolves to the client it was merged into. */
@ApplicationScoped
public class ClientLookup {

    private final ClientRepository clients;

    public ClientLookup(ClientRepository clients) {
        this.clients = clients;
    }

    public Client require(UUID id) {
        Client client = clients.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Client", id));
        if (client.mergedInto == null) {
            return client;
        }
        return clients.findByIdOptional(client.mergedInto)
                .orElseThrow(() -> ProblemException.notFound("Client", id));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
