package fi.polku.intake.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.Client;
import fi.polku.intake.repository.ClientRepository;
import fi.polku.intake.rest.IntakeQueueEntry;
import fi.polku.platform.audit.AccessLog;

/** Who waits for intake: registered but neither screened nor booked to the team, so nobody waits unnoticed. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IntakeQueueService {

    private final ClientRepository clients;
    private final AccessLog accessLog;

    public IntakeQueueService(ClientRepository clients, AccessLog accessLog) {
        this.clients = clients;
        this.accessLog = accessLog;
    }

    public List<IntakeQueueEntry> waiting(String municipalityCode, int limit) {
        OffsetDateTime now = ClientLookup.now();
        return clients.waitingForIntake(municipalityCode, limit).stream().map(client -> {
            accessLog.record(client.id, "list in the intake queue");
            return entry(client, now);
        }).toList();
    }

    private static IntakeQueueEntry entry(Client client, OffsetDateTime now) {
        Duration waited = Duration.between(client.registeredAt, now);
        if (waited.isNegative()) {
            waited = Duration.ZERO;
        }
        return new IntakeQueueEntry(client.id, client.firstName, client.lastName, client.municipalityCode,
                client.registeredAt, waited.toDays(), waited.withNanos(0).toString());
    }
}
