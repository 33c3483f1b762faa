package fi.polku.intake.messaging;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.AgeBand;
import fi.polku.intake.domain.Client;
import fi.polku.platform.events.Topics;
import fi.polku.platform.outbox.Outbox;

/** The intake service's events, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class IntakeEvents {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final Outbox outbox;

    public IntakeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void clientRegistered(Client client) {
        outbox.publish(Topics.INTAKE, "ClientRegistered", client.id, new ClientRegistered(client.id,
                client.municipalityCode, AgeBand.of(client.birthDate, LocalDate.now(FINLAND)),
                client.preferredLanguage, client.temporaryIdentityCode, client.registeredAt));
    }

    public void clientDetailsChanged(Client client) {
        outbox.publish(Topics.INTAKE, "ClientDetailsChanged", client.id, new ClientDetailsChanged(client.id,
                client.municipalityCode, client.preferredLanguage, client.updatedAt));
    }
}
