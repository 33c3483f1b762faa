package fi.polku.platform.clients;

import java.util.UUID;

/**
 * Which clients a service knows (intake: its register; the others: the clients its events told of). Every service
 * that holds client data provides one, so that an emergency access names a real client.
 */
public interface KnownClients {

    boolean isKnown(UUID clientId);
}
