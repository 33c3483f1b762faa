package fi.polku.caseowner.service;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.ClientPlace;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.PlaceSource;
import fi.polku.caseowner.messaging.CaseOwnerEvents;
import fi.polku.caseowner.repository.ClientPlaceRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.servicemap.ServicePlace;
import fi.polku.platform.time.ServiceTime;

/**
 * Where each client is on the service map, since which day: learned from the services' events and this service's
 * closures and reopenings, or entered by the case owner. Every place is kept; the client's current one moves when a
 * place differs from it and is not older, and each move emits ClientPlaceChanged.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientPlaces {

    private final KnownClientRepository knownClients;
    private final ClientPlaceRepository places;
    private final CaseOwnerEvents events;
    private final ClientAccess access;
    private final Caller caller;
    private final ServiceTime time;

    public ClientPlaces(KnownClientRepository knownClients, ClientPlaceRepository places, CaseOwnerEvents events,
            ClientAccess access, Caller caller, ServiceTime time) {
        this.knownClients = knownClients;
        this.places = places;
        this.events = events;
        this.access = access;
        this.caller = caller;
        this.time = time;
    }

    /** Persists a newly registered client, who starts in service guidance on the day of registration. */
    public void register(KnownClient client) {
        client.arriveAt(ServicePlace.SERVICE_GUIDANCE, ServiceTime.dayOf(client.registeredAt), client.clientId.toString());
        knownClients.persist(client);
        ClientPlace first = entry(client.clientId, ServicePlace.SERVICE_GUIDANCE, client.placeSince,
                PlaceSource.CLIENT_REGISTERED, client.clientId.toString(), null);
        places.persist(first);
        events.placeChanged(client, null, first.source, first.recordedAt);
    }

    /**
     * Another service's event put an open client in a place; the source and its reference (the assessment, episode
     * or job) make a repeat of the event change nothing.
     */
    public void onEvent(UUID clientId, ServicePlace place, LocalDate since, PlaceSource source, String sourceRef) {
        knownClients.findByIdOptional(clientId).filter(KnownClient::isOpen)
                .ifPresent(client -> arrive(client, place, since, source, sourceRef, null));
    }

    /**
     * The service a client went to ended without saying where they went: an open client whose current place came
     * from it is with the case owner in service guidance again.
     */
    public void onServiceEnded(UUID clientId, LocalDate day, PlaceSource source, String sourceRef) {
        knownClients.findByIdOptional(clientId)
                .filter(client -> client.isOpen() && Objects.equals(client.placeSourceRef, sourceRef))
                .ifPresent(client -> arrive(client, ServicePlace.SERVICE_GUIDANCE, day, source, sourceRef, null));
    }

    /** This service closed or reopened the clientship and so moved the client (by the caller, when a person did). */
    public void onClientship(KnownClient client, ServicePlace place, PlaceSource source) {
        arrive(client, place, time.today(), source, UUID.randomUUID().toString(), caller.subject());
    }

    /** The case owner records where the client is, from a day not in the future. */
    public ClientPlace record(UUID clientId, ServicePlace place, LocalDate since) {
        access.requireOrSupervise(clientId, "record service place");
        KnownClient client = client(clientId);
        if (since.isAfter(time.today())) {
            throw ProblemException.invalidField("since", "must not be in the future");
        }
        return arrive(client, place, since, PlaceSource.CASE_OWNER, UUID.randomUUID().toString(), caller.subject());
    }

    /** The client's places in the order they were recorded, a page at a time (key: recorded at, id). */
    public Page<ClientPlace> historyOf(UUID clientId, PageRequest page) {
        access.requireOrSupervise(clientId, "read service places");
        client(clientId);
        String[] after = page.afterParts(2);
        return Page.of(places.historyOf(clientId, after == null ? null : PageKey.moment(after[0]),
                        after == null ? null : PageKey.uuid(after[1]), page.fetchSize()), page,
                place -> PageKey.of(place.recordedAt, place.id));
    }

    public ClientPlace placeOf(UUID clientId, UUID placeId) {
        access.requireOrSupervise(clientId, "read service places");
        return places.findByIdOptional(placeId).filter(place -> place.clientId.equals(clientId))
                .orElseThrow(() -> ProblemException.notFound("Service place", placeId));
    }

    private ClientPlace arrive(KnownClient client, ServicePlace place, LocalDate since, PlaceSource source,
            String sourceRef, String recordedBy) {
        if (places.exists(source, sourceRef)) {
            return null;
        }
        ServicePlace previous = client.place;
        ClientPlace entry = entry(client.clientId, place, since, source, sourceRef, recordedBy);
        places.persist(entry);
        if (client.arriveAt(place, since, sourceRef)) {
            events.placeChanged(client, previous, source, entry.recordedAt);
        }
        return entry;
    }

    private ClientPlace entry(UUID clientId, ServicePlace place, LocalDate since, PlaceSource source,
            String sourceRef, String recordedBy) {
        ClientPlace entry = new ClientPlace();
        entry.id = UUID.randomUUID();
        entry.clientId = clientId;
        entry.place = place;
        entry.since = since;
        entry.source = source;
        entry.sourceRef = sourceRef;
        entry.recordedAt = time.timestamp();
        entry.recordedBy = recordedBy;
        return entry;
    }

    private KnownClient client(UUID clientId) {
        return knownClients.findByIdOptional(clientId).orElseThrow(() -> ProblemException.notFound("Client", clientId));
    }
}
