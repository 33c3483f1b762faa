package fi.polku.coaching.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.platform.clients.KnownClients;
import fi.polku.platform.clients.KnownClientRegister;

/**
 * The clients this service knows: those intake's events told of, and those referred to coaching (a referral may
 * arrive before the client's registration does).
 */
@ApplicationScoped
public class KnownClientsOfService implements KnownClients {

    private final KnownClientRegister clients;
    private final EpisodeRepository episodes;

    public KnownClientsOfService(KnownClientRegister clients, EpisodeRepository episodes) {
        this.clients = clients;
        this.episodes = episodes;
    }

    @Override
    public boolean isKnown(UUID clientId) {
        return clients.isKnown(clientId) || episodes.count("clientId", clientId) > 0;
    }
}
