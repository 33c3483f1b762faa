package fi.polku.intake.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.NonDisclosureSource;
import fi.polku.intake.messaging.IntakeEvents;
import fi.polku.access.ClientAccess;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/**
 * A client's non-disclosure order for personal safety (turvakielto). While it holds, intake tells other services
 * no municipality ({@code ClientDetailsChanged} with the {@code nonDisclosure} marker, so that a service that knew
 * the municipality forgets it); when it ends, the municipality again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NonDisclosureService {

    private final ClientLookup lookup;
    private final ClientAccess access;
    private final IntakeEvents events;
    private final Caller caller;
    private final ServiceTime time;

    public NonDisclosureService(ClientLookup lookup, ClientAccess access, IntakeEvents events, Caller caller,
            ServiceTime time) {
        this.lookup = lookup;
        this.access = access;
        this.events = events;
        this.caller = caller;
        this.time = time;
    }

    /** Records the order; one already recorded stays as it was recorded (who, when, from where). */
    public Client record(UUID id, NonDisclosureSource source) {
        Client client = lookup.require(id);
        access.require(client.id, "recorded a non-disclosure order");
        if (!client.underNonDisclosure()) {
            client.recordNonDisclosure(source, caller.subject(), time.timestamp());
            events.clientDetailsChanged(client);
        }
        return client;
    }

    public Client end(UUID id) {
        Client client = lookup.require(id);
        access.require(client.id, "ended a non-disclosure order");
        if (client.underNonDisclosure()) {
            client.endNonDisclosure(time.timestamp());
            events.clientDetailsChanged(client);
        }
        return client;
    }
}
