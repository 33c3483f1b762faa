package fi.polku.intake.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.Client;
import fi.polku.intake.repository.ClientRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;
import fi.polku.platform.time.ServiceTime;

/**
 * Who waits for intake: registered but neither screened nor booked to the team, so nobody waits unnoticed. An
 * intake worker sees the clients they handle; a coordinator sees everyone waiting, to hand them out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IntakeQueueService {

    private final ClientRepository clients;
    private final ClientAccess access;
    private final Caller caller;
    private final ServiceTime time;

    public IntakeQueueService(ClientRepository clients, ClientAccess access, Caller caller, ServiceTime time) {
        this.clients = clients;
        this.access = access;
        this.caller = caller;
        this.time = time;
    }

    /** A client waiting, and for how long so far. */
    public record WaitingClient(Client client, Duration waited) {
    }

    /** A page of the clients waiting, the longest waiting first (registration, then id). */
    public Page<WaitingClient> waiting(String municipalityCode, PageRequest page) {
        OffsetDateTime now = time.timestamp();
        boolean supervisor = caller.hasRole(Roles.COORDINATOR);
        Map<String, Object> visibility = supervisor ? Map.of() : access.visibilityParameters();
        Page<Client> waiting = clients.waitingForIntake(municipalityCode, page, visibility);
        return waiting.map(client -> {
            access.requireOrSupervise(client.id, "list in the intake queue");
            return waiting(client, now);
        });
    }

    private static WaitingClient waiting(Client client, OffsetDateTime now) {
        Duration waited = Duration.between(client.registeredAt, now);
        return new WaitingClient(client, waited.isNegative() ? Duration.ZERO : waited);
    }
}
